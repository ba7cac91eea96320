//! `linkMiniprogram`: `POST /cgi-bin/wxopen/wxamplink`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/officalaccount-management/link-miniprogram/linkMiniprogram.html>.
//! Note: the Official Account's administrator (and, for another subject, the Mini Program's) must confirm; `getLinkMiniprogram` shows the pending state.
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks to link a Mini Program to the Official Account (the administrators confirm it).
#[wx_endpoint(
    name = "linkMiniprogram",
    path = "/cgi-bin/wxopen/wxamplink",
    perm_sets = [33],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct LinkMiniprogram {
    /// The Mini Program's AppID.
    pub appid: String,
    /// 1 notifies the Official Account's followers with a template message, 0 does not.
    #[wx(one_of = [0, 1])]
    pub notify_users: u8,
    /// 1 shows the Mini Program on the Official Account's profile page, 0 does not.
    #[wx(one_of = [0, 1])]
    pub show_profile: u8,
}
