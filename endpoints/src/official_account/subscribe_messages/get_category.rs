//! `getCategory`: `GET /wxaapi/newtmpl/getcategory`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#getCategory%E8%8E%B7%E5%8F%96%E5%85%AC%E4%BC%97%E5%8F%B7%E7%B1%BB%E7%9B%AE>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_getcategory>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the account's categories, which select the public templates it may use.
#[wx_endpoint(
    name = "getCategory",
    path = "/wxaapi/newtmpl/getcategory",
    method = GET,
    perm_sets = [18, 89],
    response = SubscribeCategories,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCategory;

/// The categories returned by `getCategory`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SubscribeCategories {
    /// The categories.
    pub data: Vec<SubscribeCategory>,
}

/// One category.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SubscribeCategory {
    /// The category's id, for `getPubNewTemplatetitles`.
    pub id: u64,
    /// The category's Chinese name.
    pub name: String,
}
