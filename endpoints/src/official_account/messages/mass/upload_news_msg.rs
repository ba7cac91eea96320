//! `uploadnewsmsg`: `POST /cgi-bin/media/uploadnews`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#1>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_uploadnewsmsg.html>, which says the
//! draft box supersedes it. The answer's `created_at` is typed a string and printed a number: both are read.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Uploads articles (1 to 8) for mass sending and answers their media_id.
#[wx_endpoint(
    name = "uploadnewsmsg",
    path = "/cgi-bin/media/uploadnews",
    perm_sets = [1, 7..=9, 11, 100],
    response = UploadedNews,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UploadNewsMsg {
    /// The articles, 1 to 8.
    #[wx(non_empty, max_items = 8)]
    pub articles: Vec<NewsArticle>,
}

/// One article of `uploadnewsmsg`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewsArticle {
    /// The cover thumbnail's media_id.
    pub thumb_media_id: String,
    /// The author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The title.
    pub title: String,
    /// The "read the original" page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_source_url: Option<String>,
    /// The content, HTML (`<a>` only for accounts with WeChat Pay).
    pub content: String,
    /// The digest; the first 64 characters of the content when empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// Whether the cover shows: 0 no, 1 yes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_cover_pic: Option<u8>,
    /// Whether comments are open: 0 no, 1 yes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_open_comment: Option<u8>,
    /// Whether only followers may comment: 0 everyone, 1 followers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_fans_can_comment: Option<u8>,
}

/// The articles uploaded by `uploadnewsmsg`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadedNews {
    /// The media type, `news`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The articles' media_id, for mass sending.
    pub media_id: String,
    /// When it was uploaded (Unix time).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub created_at: u64,
}
