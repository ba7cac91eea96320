//! `getPubNewTemplatetitles`: `GET /wxaapi/newtmpl/getpubtemplatetitles`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#getPubTemplateTitleList%E8%8E%B7%E5%8F%96%E7%B1%BB%E7%9B%AE%E4%B8%8B%E7%9A%84%E5%85%AC%E5%85%B1%E6%A8%A1%E6%9D%BF>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getpubnewtemplatetitles.html>. The table
//! types `categoryId` as a number; the example prints a string: both are read.
//! Unverified: the error table was cut after its first code (404) in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the public template titles of the account's categories, a page at a time.
#[wx_endpoint(
    name = "getPubNewTemplatetitles",
    path = "/wxaapi/newtmpl/getpubtemplatetitles",
    method = GET,
    perm_sets = [18, 89],
    response = PubTemplateTitles,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPubNewTemplateTitles {
    /// The category ids, comma-separated (from `getCategory`).
    #[wx(non_empty)]
    pub ids: String,
    /// Where the page starts, from 0.
    pub start: u32,
    /// How many titles, at most 30.
    #[wx(range = 1..=30)]
    pub limit: u32,
}

/// The titles returned by `getPubNewTemplatetitles`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PubTemplateTitles {
    /// How many titles there are in all.
    pub count: i64,
    /// This page's titles.
    pub data: Vec<PubTemplateTitle>,
}

/// One public template title.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PubTemplateTitle {
    /// The title's id, for `getpubnewtemplatekeywords` and `addwxanewtemplate`.
    pub tid: u64,
    /// The title.
    pub title: String,
    /// One-time or long-term.
    #[serde(rename = "type")]
    pub template_type: Option<SubscribeTemplateType>,
    /// The category's id.
    #[serde(rename = "categoryId", deserialize_with = "crate::wechat::lenient::u64")]
    pub category_id: u64,
}

crate::wire_enum! {
    /// A subscription template's kind (`type`).
    pub enum SubscribeTemplateType: code {
        /// 2: one-time subscription.
        OneTime = 2,
        /// 3: long-term subscription.
        LongTerm = 3,
    }
}
