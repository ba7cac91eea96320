//! `listbusiness`: `POST /cgi-bin/business/list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E6%8B%89%E5%8F%96%E5%A4%9A%E4%B8%AA%E5%95%86%E6%88%B7%E4%BF%A1%E6%81%AF>.
//! Note: the section's facts were read on the newer page api_listbusiness (interface name
//! `listbusiness`; no third-party calls: `credential = app`). Fewer merchants than `count` means the
//! end. The page's table answers `icon_media_id`, its sample `icon_url`: both are typed.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists customer-service sub-merchants, a page at a time.
#[wx_endpoint(
    name = "listbusiness",
    path = "/cgi-bin/business/list",
    credential = app,
    response = BusinessList,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ListBusiness {
    /// Where the page starts, from 0.
    pub offset: u32,
    /// Merchants per page, at most 200.
    #[wx(range = 1..=200)]
    pub count: u32,
}

/// The answer of `listbusiness`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BusinessList {
    /// The merchants.
    pub list: Vec<BusinessInfo>,
}

/// A customer-service sub-merchant (`business_info`, `list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BusinessInfo {
    /// The merchant's id; read from a number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub business_id: u64,
    /// The merchant's account name.
    pub account_name: String,
    /// The nickname shown in conversations.
    pub nickname: String,
    /// The avatar's media_id (the page's table).
    pub icon_media_id: Option<String>,
    /// The avatar's URL (the page's sample).
    pub icon_url: Option<String>,
}
