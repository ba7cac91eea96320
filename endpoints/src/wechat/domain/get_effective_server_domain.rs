//! `getEffectiveServerDomain`: `POST /wxa/get_effective_domain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/getEffectiveServerDomain.html>.

use serde::Deserialize;

use super::ServerDomains;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the server domains by origin (MP console, platform, direct) and those in effect.
#[wx_endpoint(
    name = "getEffectiveServerDomain",
    path = "/wxa/get_effective_domain",
    perm_sets = [18],
    response = EffectiveServerDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetEffectiveServerDomain;

/// The server domains returned by `getEffectiveServerDomain`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EffectiveServerDomains {
    /// Set on mp.weixin.qq.com.
    pub mp_domain: ServerDomains,
    /// Set with `modify_domain`.
    pub third_domain: ServerDomains,
    /// Set with `modify_domain_directly`.
    pub direct_domain: ServerDomains,
    /// In effect after commit and release.
    pub effective_domain: ServerDomains,
}
