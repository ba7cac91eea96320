//! `modifyServerDomain`: `POST /wxa/modify_domain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyServerDomain.html>.
//! Unverified: error table from WxJava enums, not the page itself.
//! Unverified: limits from doc: <=200 per type, 50 modifications/month, ICP-filed domains only, no IPs.

use super::{DomainAction, ServerDomains};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds, deletes, sets or reads the server domains (domains must first be registered on the platform; at most 200 per type).
#[wx_endpoint(
    name = "modifyServerDomain",
    path = "/wxa/modify_domain",
    perm_sets = [18],
    response = ServerDomains,
    errors(
        use CommonError,
        85015 => NotMiniProgram: "the account is not a Mini Program",
        85016 => DomainLimitExceeded: "the number of domains exceeds the limit",
        85017 => NoDomainToModify: "no domain left to modify after filtering: the domain must be set on the platform first",
        85018 => DomainNotOnPlatform: "the domain is not set on the third-party platform",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyServerDomain {
    /// What to do.
    pub action: DomainAction,
    /// `request` (HTTPS request) domains.
    #[wx(max_items = 200)]
    pub requestdomain: Option<Vec<String>>,
    /// `socket` (WebSocket) domains.
    #[wx(max_items = 200)]
    pub wsrequestdomain: Option<Vec<String>>,
    /// `uploadFile` domains.
    #[wx(max_items = 200)]
    pub uploaddomain: Option<Vec<String>>,
    /// `downloadFile` domains.
    #[wx(max_items = 200)]
    pub downloaddomain: Option<Vec<String>>,
    /// UDP domains.
    #[wx(max_items = 200)]
    pub udpdomain: Option<Vec<String>>,
    /// TCP domains.
    #[wx(max_items = 200)]
    pub tcpdomain: Option<Vec<String>>,
}
