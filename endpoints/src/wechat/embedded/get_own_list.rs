//! `getOwnList`: `GET /wxaapi/wxaembedded/get_own_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/embedded-management/getOwnList.html>.
//! Unverified: the page types `status` as a string (read from a number or a string); the status values and the
//! error rows come from the page's tables as other projects transcribe them (the stored copies are cut off before them).

use super::EmbeddedList;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Programs allowed to open this one half-screen (at most 1000), and the authorization mode.
#[wx_endpoint(
    name = "getOwnList",
    path = "/wxaapi/wxaembedded/get_own_list",
    method = GET,
    perm_sets = [18],
    response = EmbeddedList,
    errors(
        use CommonError,
        89408 => EmbeddedSystemError: "half-screen Mini Program system error",
        89409 => InvalidListParameter: "invalid parameter for the half-screen Mini Program list",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetOwnList {
    /// Offset of the first entry (default 0).
    pub start: Option<u32>,
    /// Entries to return, at most 1000 (default 10).
    #[wx(range = 1..=1000)]
    pub num: Option<u32>,
}
