//! `setSearchStatus`: `POST /wxa/changewxasearchstatus`, show or hide the Mini Program in WeChat
//! search.
//!
//! Source: the official page
//! ([setSearchStatus](https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setSearchStatus.html));
//! 85084 comes from the 2019 mirror of the open platform documents (wdk-docs/wxopen-docs).

use serde::Deserialize;
use serde_repr::{Deserialize_repr, Serialize_repr};

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Whether WeChat search finds the Mini Program. The only values the API accepts (85084 otherwise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize_repr, Deserialize_repr)]
#[repr(u8)]
pub enum SearchStatus {
    /// 0: WeChat search finds the Mini Program.
    Searchable = 0,
    /// 1: hidden from WeChat search.
    Hidden = 1,
}

/// Sets whether the Mini Program can be found through WeChat search.
#[wx_endpoint(
    name = "setSearchStatus",
    path = "/wxa/changewxasearchstatus",
    perm_sets = [18],
    errors(
        use CommonError,
        85083 => SearchStatusBanned: "search status is banned: the search flag is blocked and cannot be changed",
        85084 => InvalidStatus: "invalid status: only 0 or 1",
    ),
)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct SetSearchStatus {
    /// Whether WeChat search finds the Mini Program.
    pub status: SearchStatus,
}
