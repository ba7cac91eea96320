//! Official Account publishing: publish drafts, query publish jobs, list, read and delete published articles.

use serde::Deserialize;

mod freepublish_batchget;
mod freepublish_delete;
mod freepublish_get;
mod freepublish_getarticle;
mod freepublish_submit;

pub use freepublish_batchget::{
    FreepublishBatchget, FreepublishBatchgetError, PublishedContent, PublishedItem, PublishedList,
};
pub use freepublish_delete::{FreepublishDelete, FreepublishDeleteError};
pub use freepublish_get::{
    ArticleDetail, ArticleDetailItem, FreepublishGet, FreepublishGetError, PublishState, PublishStatus,
};
pub use freepublish_getarticle::{FreepublishGetarticle, FreepublishGetarticleError, PublishedArticles};
pub use freepublish_submit::{FreepublishSubmit, FreepublishSubmitError, PublishSubmitted};

/// A published article, as `freepublish_batchget` and `freepublishGetarticle` return it (`news_item`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishedArticle {
    /// The title.
    pub title: String,
    /// The author.
    pub author: String,
    /// The summary.
    pub digest: String,
    /// The body (left out by `freepublish_batchget` with `no_content` 1).
    pub content: String,
    /// The "read more" link.
    pub content_source_url: String,
    /// The cover's permanent media id.
    pub thumb_media_id: String,
    /// The cover's URL.
    pub thumb_url: Option<String>,
    /// 1 to show the cover in the body (the pages' samples; not in their tables).
    pub show_cover_pic: Option<i64>,
    /// 1 when comments are open.
    pub need_open_comment: i64,
    /// 1 when only followers may comment.
    pub only_fans_can_comment: i64,
    /// The article's URL.
    pub url: String,
    /// Whether the article has been deleted.
    pub is_deleted: bool,
}
