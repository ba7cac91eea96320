//! `getPluginOpenPId`: `POST /wxa/getpluginopenpid`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/user-info/auth.getPluginOpenPId.html>.
//! Note: the code lasts 5 minutes and is used once. The facts were read on the newer page
//! api_getpluginopenpid, whose table also lists 40016 (invalid button size), kept as printed.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Exchanges a `wx.pluginLogin` code for the plugin user's openpid.
#[wx_endpoint(
    name = "getPluginOpenPId",
    path = "/wxa/getpluginopenpid",
    perm_sets = [18],
    response = PluginOpenPid,
    errors(
        use CommonError,
        1000 => SystemError: "system error",
        1001 => InvalidParams: "invalid request parameters",
        1003 => TooFrequent: "requests too frequent",
        1005 => PluginAppidMismatch: "the plugin appid does not match the data",
        1007 => OpenpidNotFound: "no openpid data",
        1022 => JsonParseError: "the JSON could not be parsed",
        40016 => InvalidButtonSize: "invalid button size (as the page prints it)",
        45009 => DailyQuotaReached: "daily call quota reached: reset it in the Mini Program admin or with the quota-reset API",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPluginOpenPId {
    /// The code `wx.pluginLogin` returned.
    #[wx(non_empty)]
    pub code: String,
}

/// The answer of `getPluginOpenPId`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginOpenPid {
    /// The plugin user's unique id.
    pub openpid: String,
}
