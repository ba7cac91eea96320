//! `modifyThirdpartyJumpDomain`: `POST /cgi-bin/component/modify_wxa_jump_domain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/domain-mgnt/modifyThirdpartyJumpDomain.html>.
//! Note: authorized Mini Programs may only use business domains registered here; each domain must serve the file of `getThirdpartyJumpDomainConfirmFile`.
//! Unverified: per-endpoint error table not captured; `invalid_wxa_jump_h5_domain` is not in the captured field table.

use crate::wechat::domain::DomainAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds, deletes, replaces or reads the platform's Mini Program business (web-view) domains.
#[wx_endpoint(
    name = "modifyThirdpartyJumpDomain",
    path = "/cgi-bin/component/modify_wxa_jump_domain",
    credential = component,
    credential_param = access_token,
    response = ThirdpartyJumpDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyThirdpartyJumpDomain {
    /// `add`, `delete`, `set` (replace) or `get`.
    pub action: DomainAction,
    /// Up to 200 domains separated by `;`, written like `www.qq.com` (no scheme, no path).
    pub wxa_jump_h5_domain: Option<String>,
    /// `true` changes the published version too; `false` (default) only the testing version.
    pub is_modify_published_together: Option<bool>,
}

/// The platform's business domains after the change.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ThirdpartyJumpDomains {
    /// The published version's domains, `;`-separated; absent when the change failed or nothing is published.
    pub published_wxa_jump_h5_domain: String,
    /// The testing version's domains, `;`-separated; absent when the change failed.
    pub testing_wxa_jump_h5_domain: String,
    /// Domains that failed verification, `;`-separated.
    pub invalid_wxa_jump_h5_domain: String,
}
