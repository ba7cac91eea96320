//! `modifywxastore`: `POST /wxa/modify_merchant`, change the store Mini Program's avatar and
//! introduction.
//!
//! Source: the official page
//! ([WeChat store Mini Program](https://developers.weixin.qq.com/doc/offiaccount/WeChat_Stores/WeChat_Shop_Miniprogram_Interface.html)).
//! Both fields are required on the wire; `""` for the avatar and `null` for the introduction mean
//! "leave unchanged", as the document says.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Modifies the store Mini Program information of an Official Account.
#[wx_endpoint(
    name = "modifywxastore",
    path = "/wxa/modify_merchant",
    perm_sets = [8..=10, 13],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ModifyWxaStore {
    /// media_id of the new avatar (a temporary material); `""` keeps the current one.
    pub headimg_mediaid: String,
    /// The new introduction; `None` (sent as `null`) keeps the current one.
    #[wx(nullable)]
    pub intro: Option<String>,
}
