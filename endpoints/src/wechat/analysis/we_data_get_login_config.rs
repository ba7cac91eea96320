//! `weDataGetLoginConfig`: `POST /wedata/wedata_get_login_config`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataGetLoginConfig.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the platform's We Analysis login configuration: the recheck URL and the linked Mini Programs.
#[wx_endpoint(
    name = "weDataGetLoginConfig",
    path = "/wedata/wedata_get_login_config",
    credential = component,
    credential_param = access_token,
    response = WeDataLoginConfig,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataGetLoginConfig;

/// The login configuration returned by `weDataGetLoginConfig`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataLoginConfig {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The third-party platform's name.
    pub component_nickname: String,
    /// The URL We Analysis calls to recheck a PC login.
    pub recheck_url: String,
    /// The linked Mini Programs that open We Analysis; absent when none is configured.
    pub appinfo: Vec<WeDataLinkedApp>,
}

/// A Mini Program linked to the platform for opening We Analysis.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataLinkedApp {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The Mini Program's name.
    pub nickname: String,
}
