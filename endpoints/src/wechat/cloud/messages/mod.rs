//! CloudBase message push: where the Mini Program's message pushes go, and its app configuration.

mod callback_config;
mod get_app_config;
mod get_call_back_config;
mod set_call_back_config;
mod upload_app_config;

pub use callback_config::{CallBackRule, ContainerCallBackConfig, FunctionCallBackConfig, TextMode};
pub use get_app_config::{AppConfig, GetAppConfig, GetAppConfigError};
pub use get_call_back_config::{
    CallBackConfig, CallBackConfigData, GetCallBackConfig, GetCallBackConfigError,
};
pub use set_call_back_config::{SetCallBackConfig, SetCallBackConfigError};
pub use upload_app_config::{UploadAppConfig, UploadAppConfigError};
