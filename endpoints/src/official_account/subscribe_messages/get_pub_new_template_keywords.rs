//! `getpubnewtemplatekeywords`: `GET /wxaapi/newtmpl/getpubtemplatekeywords`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#getPubTemplateKeyWordsById%E8%8E%B7%E5%8F%96%E6%A8%A1%E6%9D%BF%E4%B8%AD%E7%9A%84%E5%85%B3%E9%94%AE%E8%AF%8D>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getpubnewtemplatekeywords> (`tid` in the
//! query string).
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the keywords of a public template title.
#[wx_endpoint(
    name = "getpubnewtemplatekeywords",
    path = "/wxaapi/newtmpl/getpubtemplatekeywords",
    method = GET,
    perm_sets = [18, 89],
    response = PubTemplateKeywords,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPubNewTemplateKeywords {
    /// The template title's id.
    #[wx(non_empty)]
    pub tid: String,
}

/// The keywords returned by `getpubnewtemplatekeywords`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PubTemplateKeywords {
    /// How many keywords there are.
    pub count: i64,
    /// The keywords.
    pub data: Vec<PubTemplateKeyword>,
}

/// One keyword of a public template.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PubTemplateKeyword {
    /// The keyword's id, for `addwxanewtemplate`'s `kidList`.
    pub kid: u64,
    /// The keyword.
    pub name: String,
    /// An example value.
    pub example: String,
    /// The value's rule, e.g. `thing`.
    pub rule: String,
}
