//! Message management: template messages, mass messages, auto-reply rules and the API call quota reset.

mod clear_quota;
mod get_current_autoreply_info;
pub mod mass;
pub mod template;

pub use clear_quota::{ClearQuota, ClearQuotaError};
pub use get_current_autoreply_info::{
    AutoreplyContent, AutoreplyInfo, AutoreplyKeyword, AutoreplyMode, AutoreplyNews, AutoreplyNewsInfo,
    AutoreplyType, GetCurrentAutoreplyInfo, GetCurrentAutoreplyInfoError, KeywordAutoreplyInfo,
    KeywordAutoreplyRule, KeywordMatchMode, KeywordReply,
};
