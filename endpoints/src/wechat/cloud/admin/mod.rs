//! CloudBase administration: open CloudBase, the administrator's phone number, Tencent Cloud credentials and
//! cloudbase_access_token permissions.

mod check_mobile_config;
mod create_cloud_user;
mod get_cloud_token;
mod set_cloud_access_token;

pub use check_mobile_config::{CheckMobileConfig, CheckMobileConfigError, MobileConfig};
pub use create_cloud_user::{CreateCloudUser, CreateCloudUserError};
pub use get_cloud_token::{CloudToken, GetCloudToken, GetCloudTokenError};
pub use set_cloud_access_token::{
    CloudAccessTokenAction, CloudAccessTokenConfig, SetCloudAccessToken, SetCloudAccessTokenError,
};
