//! General calls: API quotas and their reset, call (rid) diagnostics, and medical assistant messages.

mod cityservice_sendchannelmsg;
mod clear_quota_by_app_secret;
mod get_api_quota;
mod get_rid_info;

pub use cityservice_sendchannelmsg::{CityserviceSendchannelmsg, CityserviceSendchannelmsgError};
pub use clear_quota_by_app_secret::{ClearQuotaByAppSecret, ClearQuotaByAppSecretError};
pub use get_api_quota::{ApiQuota, CallRateLimit, GetApiQuota, GetApiQuotaError, QuotaUsage};
pub use get_rid_info::{GetRidInfo, GetRidInfoError, RidInfo, RidRequest};
