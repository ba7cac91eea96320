//! `draft_batchget`: `POST /cgi-bin/draft/batchget`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Get_draft_list.html>.
//! Note: name, permission sets and field table from the newer page doc/subscription/api/draftbox/draftmanage/api_draft_batchget.html (no error rows beyond 0).

use super::DraftNewsItem;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists drafts in the draft box.
#[wx_endpoint(
    name = "draft_batchget",
    path = "/cgi-bin/draft/batchget",
    perm_sets = [11, 100],
    idempotent,
    response = DraftList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DraftBatchget {
    /// Offset into all drafts; 0 is the first.
    pub offset: u32,
    /// How many to return, 1 to 20.
    #[wx(range = 1..=20)]
    pub count: u32,
    /// 1 to leave out `content`, 0 (the default) to return it.
    #[wx(one_of = [0, 1])]
    pub no_content: Option<u8>,
}

/// A page of drafts returned by `draft_batchget`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftList {
    /// Drafts in total.
    pub total_count: u64,
    /// Drafts in this answer.
    pub item_count: u64,
    /// The drafts.
    pub item: Vec<DraftItem>,
}

/// One draft in a `draft_batchget` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftItem {
    /// The draft's media id.
    pub media_id: String,
    /// The draft's articles.
    pub content: DraftContent,
    /// Unix time of the last update.
    pub update_time: i64,
}

/// A draft's articles (`content`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftContent {
    /// The articles.
    pub news_item: Vec<DraftNewsItem>,
}
