//! `freepublish_batchget`: `POST /cgi-bin/freepublish/batchget`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_publication_records.html>.
//! Note: name, permission set, field table and error rows from the newer page doc/subscription/api/public/api_freepublish_batchget.html.

use super::PublishedArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the successfully published messages.
#[wx_endpoint(
    name = "freepublish_batchget",
    path = "/cgi-bin/freepublish/batchget",
    perm_sets = [7],
    idempotent,
    response = PublishedList,
    errors(
        use CommonError,
        48001 => ApiUnauthorized: "api unauthorized: the account lacks this API's permission",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FreepublishBatchget {
    /// Offset into all published messages; 0 is the first.
    pub offset: u32,
    /// How many to return, 1 to 20.
    #[wx(range = 1..=20)]
    pub count: u32,
    /// 1 to leave out `content`, 0 (the default) to return it.
    #[wx(one_of = [0, 1])]
    pub no_content: Option<u8>,
}

/// A page of published messages returned by `freepublish_batchget`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishedList {
    /// Published messages in total.
    pub total_count: u64,
    /// Messages in this answer.
    pub item_count: u64,
    /// The messages.
    pub item: Vec<PublishedItem>,
}

/// One published message (`item`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishedItem {
    /// The published message's article id.
    pub article_id: String,
    /// The message's articles.
    pub content: PublishedContent,
    /// Unix time of the last update.
    pub update_time: i64,
}

/// A published message's articles (`content`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishedContent {
    /// The articles.
    pub news_item: Vec<PublishedArticle>,
}
