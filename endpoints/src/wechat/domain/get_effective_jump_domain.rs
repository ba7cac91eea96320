//! `getEffectiveJumpDomain`: `POST /wxa/get_effective_webviewdomain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/getEffectiveJumpDomain.html>.
//! Unverified: perm set 18 assumed.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the business domains by origin and those in effect.
#[wx_endpoint(
    name = "getEffectiveJumpDomain",
    path = "/wxa/get_effective_webviewdomain",
    perm_sets = [18],
    response = EffectiveWebviewDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetEffectiveJumpDomain;

/// The business domains returned by `getEffectiveJumpDomain`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EffectiveWebviewDomains {
    /// Set on mp.weixin.qq.com.
    pub mp_webviewdomain: Vec<String>,
    /// Set with `modifyJumpDomain`.
    pub third_webviewdomain: Vec<String>,
    /// Set with `modifyJumpDomainDirectly`.
    pub direct_webviewdomain: Vec<String>,
    /// The business domains in effect.
    pub effective_webviewdomain: Vec<String>,
}
