//! Official Account basic information: WeChat server IP lists and callback network detection.

mod callback_check;
mod get_api_domain_ip;
mod get_callback_ip;

pub use callback_check::{
    CallbackCheck, CallbackCheckError, CallbackCheckResult, CheckAction, CheckOperator, DnsResult, PingResult,
};
pub use get_api_domain_ip::{ApiDomainIp, GetApiDomainIp, GetApiDomainIpError};
pub use get_callback_ip::{CallbackIp, GetCallbackIp, GetCallbackIpError};
