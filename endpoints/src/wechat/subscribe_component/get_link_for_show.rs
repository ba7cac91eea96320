//! `getLinkForShow`: `GET /wxa/getwxamplinkforshow`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/subscribe-component/getLinkForShow.html>.
//! Unverified: the page's error table past 40001 was not read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists, page by page, the Official Accounts the scan-to-follow component may show.
#[wx_endpoint(
    name = "getLinkForShow",
    path = "/wxa/getwxamplinkforshow",
    method = GET,
    perm_sets = [18],
    response = LinkableAccounts,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetLinkForShow {
    /// The page number, from 0.
    pub page: u32,
    /// Records per page, at most 20.
    #[wx(range = 1..=20)]
    pub num: u32,
}

/// A page of Official Accounts, as `getLinkForShow` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkableAccounts {
    /// The number of accounts in all pages.
    pub total_num: i64,
    /// The accounts of this page.
    pub biz_info_list: Vec<LinkableAccount>,
}

/// An Official Account the component may show (a `biz_info_list` item).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkableAccount {
    /// The account's nickname.
    pub nickname: String,
    /// The account's AppID.
    pub appid: String,
    /// The account's avatar.
    pub headimg: String,
}
