//! `setShowItem`: `POST /wxa/updateshowwxaitem`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/subscribe-component/setShowItem.html>.
//! Note: `appid` must be one of the accounts `getLinkForShow` lists.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Turns the scan-to-follow component on (with the Official Account to show) or off.
#[wx_endpoint(
    name = "setShowItem",
    path = "/wxa/updateshowwxaitem",
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct SetShowItem {
    /// 1 turns the component on, 0 off.
    #[wx(one_of = [0, 1])]
    pub wxa_subscribe_biz_flag: u8,
    /// The Official Account to show, required when turning the component on.
    pub appid: Option<String>,
}
