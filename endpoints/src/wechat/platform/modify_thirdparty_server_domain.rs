//! `modifyThirdpartyServerDomain`: `POST /cgi-bin/component/modify_wxa_server_domain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/domain-mgnt/modifyThirdpartyServerDomain.html>.
//! Note: at most 50 changes a month; authorized Mini Programs may only use server domains registered here.
//! Unverified: per-endpoint error table not captured; `invalid_wxa_server_domain` is not in the captured field table.
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::domain::DomainAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds, deletes, replaces or reads the platform's Mini Program server domains.
#[wx_endpoint(
    name = "modifyThirdpartyServerDomain",
    path = "/cgi-bin/component/modify_wxa_server_domain",
    credential = component,
    credential_param = access_token,
    response = ThirdpartyServerDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyThirdpartyServerDomain {
    /// `add`, `delete`, `set` (replace) or `get`.
    pub action: DomainAction,
    /// Up to 1000 domains separated by `;`, written like `www.qq.com` (no scheme, no path).
    pub wxa_server_domain: Option<String>,
    /// `true` changes the published version too; `false` (default) only the testing version.
    pub is_modify_published_together: Option<bool>,
}

/// The platform's server domains after the change.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ThirdpartyServerDomains {
    /// The published version's domains, `;`-separated; absent when the change failed or nothing is published.
    pub published_wxa_server_domain: String,
    /// The testing version's domains, `;`-separated; absent when the change failed.
    pub testing_wxa_server_domain: String,
    /// Domains that failed verification, `;`-separated.
    pub invalid_wxa_server_domain: String,
}
