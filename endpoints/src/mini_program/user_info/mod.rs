//! Mini Program user information: phone numbers, encrypted-data checks, paid unionids, plugin openpids.

mod check_encrypted_data;
mod get_paid_unionid;
mod get_phone_number;
mod get_plugin_open_pid;

pub use check_encrypted_data::{CheckEncryptedData, CheckEncryptedDataError, EncryptedDataCheck};
pub use get_paid_unionid::{GetPaidUnionid, GetPaidUnionidError, PaidUnionid};
pub use get_phone_number::{
    GetPhoneNumber, GetPhoneNumberError, PhoneInfo, PhoneNumberResult, PhoneWatermark,
};
pub use get_plugin_open_pid::{GetPluginOpenPId, GetPluginOpenPIdError, PluginOpenPid};
