//! The privacy guide and privacy interfaces.

mod apply_privacy_interface;
mod get_privacy_interface;
mod get_privacy_setting;
mod set_privacy_setting;
mod upload_privacy_setting;

pub use apply_privacy_interface::{ApplyPrivacyInterface, ApplyPrivacyInterfaceError, PrivacyApplication};
pub use get_privacy_interface::{
    GetPrivacyInterface, GetPrivacyInterfaceError, PrivacyInterface, PrivacyInterfaces,
};
pub use get_privacy_setting::{
    GetPrivacySetting, GetPrivacySettingError, PrivacySettingItem, PrivacySettings,
};
pub use set_privacy_setting::{OwnerSetting, PrivacySetting, SetPrivacySetting, SetPrivacySettingError};
pub use upload_privacy_setting::{PrivacyExtFile, UploadPrivacySetting, UploadPrivacySettingError};
