//! `unlinkMiniprogram`: `POST /cgi-bin/wxopen/wxampunlink`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/officalaccount-management/link-miniprogram/unlinkMiniprogram.html>.
//! Note: the Official Account's administrator confirms the unlinking through a template message.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks to unlink a Mini Program from the Official Account (its administrator confirms it).
#[wx_endpoint(
    name = "unlinkMiniprogram",
    path = "/cgi-bin/wxopen/wxampunlink",
    perm_sets = [33],
    errors(
        use CommonError,
        89013 => MiniprogramBanned: "the Mini Program is banned",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnlinkMiniprogram {
    /// The Mini Program's AppID.
    pub appid: String,
}
