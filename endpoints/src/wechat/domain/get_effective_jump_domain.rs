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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EffectiveWebviewDomains {
    pub mp_webviewdomain: Vec<String>,
    pub third_webviewdomain: Vec<String>,
    pub direct_webviewdomain: Vec<String>,
    pub effective_webviewdomain: Vec<String>,
}
