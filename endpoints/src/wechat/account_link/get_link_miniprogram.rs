//! `getLinkMiniprogram`: `POST /cgi-bin/wxopen/wxamplinkget`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/officalaccount-management/link-miniprogram/getLinkMiniprogram.html>.
//! Note: the page's field table calls the function list `func_info`; its sample (and the answer) use `func_infos`: both are read.
//! Unverified: per-endpoint error table not captured; `source` values other than `SOURCE_NORMAL` not documented.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Programs linked to the Official Account, with pending and refused links.
#[wx_endpoint(
    name = "getLinkMiniprogram",
    path = "/cgi-bin/wxopen/wxamplinkget",
    perm_sets = [33],
    response = LinkedMiniprograms,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetLinkMiniprogram;

/// The answer of `getLinkMiniprogram`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkedMiniprograms {
    /// The linked Mini Programs.
    pub wxopens: LinkedMiniprogramList,
}

/// The linked Mini Programs (`wxopens`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkedMiniprogramList {
    /// One entry per linked, pending or refused Mini Program.
    pub items: Vec<LinkedMiniprogram>,
}

/// One linked Mini Program.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkedMiniprogram {
    /// The link's state.
    pub status: Option<LinkStatus>,
    /// The Mini Program's original ID (`gh_...`).
    pub username: String,
    /// The Mini Program's AppID.
    pub appid: String,
    /// How the link came about (`SOURCE_NORMAL` in the page's sample).
    pub source: String,
    /// The Mini Program's name.
    pub nickname: String,
    /// 1 when shown on the Official Account's profile page, 0 otherwise.
    pub selected: i64,
    /// 1 when shown among nearby Mini Programs, 0 otherwise.
    pub nearby_display_status: i64,
    /// 1 when the Mini Program is released, 0 otherwise.
    pub released: i64,
    /// The avatar's URL.
    pub headimg_url: String,
    /// WeChat verification and WeChat Pay status.
    #[serde(alias = "func_info")]
    pub func_infos: Vec<LinkFuncInfo>,
    /// The Mini Program's email.
    pub email: String,
}

/// WeChat verification or WeChat Pay status of a linked Mini Program.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkFuncInfo {
    /// 0 not enabled, 1 enabled.
    pub status: i64,
    /// The id of "WeChat verification" or "WeChat Pay".
    pub id: i64,
    /// "WeChat verification" or "WeChat Pay".
    pub name: String,
}

crate::wire_enum! {
    /// The state of a link (`status`).
    pub enum LinkStatus: code {
        /// 1: linked.
        Linked = 1,
        /// 2: waiting for the Mini Program's administrator.
        AwaitingMiniProgramAdmin = 2,
        /// 3: the Mini Program's administrator refused.
        RefusedByMiniProgramAdmin = 3,
        /// 12: waiting for the Official Account's administrator.
        AwaitingOfficialAccountAdmin = 12,
    }
}
