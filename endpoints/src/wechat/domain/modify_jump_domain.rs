//! `modifyJumpDomain`: `POST /wxa/setwebviewdomain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyJumpDomain.html>.

use super::{DomainAction, WebviewDomains};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds, deletes, sets or reads the business (web-view) domains; without `action`, every business domain of the platform is added.
#[wx_endpoint(
    name = "modifyJumpDomain",
    path = "/wxa/setwebviewdomain",
    perm_sets = [18],
    response = WebviewDomains,
    errors(
        use CommonError,
        89019 => WebviewDomainUnchanged: "the business domains did not change; nothing to set",
        89020 => WebviewDomainNotOnPlatform: "no Mini Program business domain is set on the third-party platform yet",
        89021 => WebviewDomainNotAllowed: "the domain is not a business domain (or subdomain) set on the third-party platform",
        89029 => WebviewDomainLimitExceeded: "the number of business domains exceeds the limit",
        89231 => PersonalAccountNoWebviewDomain: "personal Mini Programs cannot call setwebviewdomain",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyJumpDomain {
    /// What to do; unset adds every business domain of the platform.
    pub action: Option<DomainAction>,
    /// HTTPS only; subdomains of registered domains are allowed.
    pub webviewdomain: Option<Vec<String>>,
}
