//! `getShowItem`: `GET /wxa/getshowwxaitem`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/subscribe-component/getShowItem.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the Official Account the scan-to-follow component shows.
#[wx_endpoint(
    name = "getShowItem",
    path = "/wxa/getshowwxaitem",
    method = GET,
    perm_sets = [18],
    response = ShowItem,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetShowItem;

/// The shown Official Account, as `getShowItem` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ShowItem {
    /// 1 when an account can be set, 0 when not.
    pub can_open: i64,
    /// 1 when an account is set, 0 when not.
    pub is_open: i64,
    /// The shown Official Account's AppID.
    pub appid: String,
    /// The shown Official Account's nickname.
    pub nickname: String,
    /// The shown Official Account's avatar.
    pub headimg: String,
}
