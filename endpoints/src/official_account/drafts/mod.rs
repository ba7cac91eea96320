//! Official Account draft box: add, update, read, list, count and delete article and image-message drafts.

use serde::{Deserialize, Serialize};

mod draft_add;
mod draft_batchget;
mod draft_count;
mod draft_delete;
mod draft_update;
mod get_draft;

pub use draft_add::{DraftAdd, DraftAddError, DraftAdded};
pub use draft_batchget::{DraftBatchget, DraftBatchgetError, DraftContent, DraftItem, DraftList};
pub use draft_count::{DraftCount, DraftCountError, DraftTotal};
pub use draft_delete::{DraftDelete, DraftDeleteError};
pub use draft_update::{DraftUpdate, DraftUpdateError};
pub use get_draft::{DraftDetail, GetDraft, GetDraftError};

crate::wire_enum! {
    /// A draft's kind (`article_type`).
    pub enum ArticleType: text {
        /// `news`: an article (the default).
        News = "news",
        /// `newspic`: an image message.
        Newspic = "newspic",
    }
}

/// An article or image message sent to `draft_add` (`articles`) and `draft_update` (`articles`).
///
/// Limits the pages state (not checked here): title at most 32 characters, author at most 16, digest at most 128;
/// content under 20,000 characters and 1 MB (an image message: plain text, at most 50 products); image_info at most 20 images.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftArticle {
    /// `news` (the default) or `newspic`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_type: Option<ArticleType>,
    /// The title.
    pub title: String,
    /// The author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The summary (single-article messages only); the body's first 54 characters when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// The HTML body; image URLs must come from the article-image upload, other images are filtered out.
    pub content: String,
    /// The "read more" link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_source_url: Option<String>,
    /// The cover's permanent media id; required for `news`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_media_id: Option<String>,
    /// 1 to show the cover in the body, 0 not to (the older pages' field; the newer pages drop it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_cover_pic: Option<u32>,
    /// 1 to open comments, 0 (the default) not to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_open_comment: Option<u32>,
    /// 1 to let only followers comment, 0 (the default) to let everyone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_fans_can_comment: Option<u32>,
    /// The cover's 2.35:1 crop as `X1_Y1_X2_Y2` in 0..1 coordinates, e.g. `0.1945_0_1_0.5236`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pic_crop_235_1: Option<String>,
    /// The cover's 1:1 crop as `X1_Y1_X2_Y2` in 0..1 coordinates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pic_crop_1_1: Option<String>,
    /// An image message's images (required for `newspic`; the first is the cover).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_info: Option<DraftImageInfo>,
    /// An image message's cover crops.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_info: Option<DraftCoverInfo>,
    /// Products inserted at the end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_info: Option<DraftProductInfo>,
}

/// An image message's images (`image_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftImageInfo {
    /// At most 20 images; the first is the cover.
    pub image_list: Vec<DraftImage>,
}

/// One image of an image message (`image_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftImage {
    /// The image's permanent media id.
    pub image_media_id: String,
}

/// An image message's cover crops (`cover_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftCoverInfo {
    /// One crop per ratio.
    pub crop_percent_list: Vec<DraftCropPercent>,
}

/// One cover crop, in coordinates from (0,0) top left to (1,1) bottom right (`crop_percent_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftCropPercent {
    /// `1_1`, `16_9` or `2.35_1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<String>,
    /// The crop's left edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x1: Option<String>,
    /// The crop's top edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y1: Option<String>,
    /// The crop's right edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x2: Option<String>,
    /// The crop's bottom edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y2: Option<String>,
}

/// Products in a draft (`product_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftProductInfo {
    /// The product inserted at the end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer_product_info: Option<DraftFooterProduct>,
}

/// The product inserted at a draft's end (`footer_product_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftFooterProduct {
    /// The product key (from the product-card API).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_key: Option<String>,
}

/// A draft article as `draft_batchget` and `getDraft` return it (`news_item`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftNewsItem {
    /// `news` or `newspic`.
    pub article_type: Option<ArticleType>,
    /// The title.
    pub title: String,
    /// The author.
    pub author: String,
    /// The summary.
    pub digest: String,
    /// The body (left out by `draft_batchget` with `no_content` 1).
    pub content: String,
    /// The "read more" link.
    pub content_source_url: String,
    /// The cover's permanent media id.
    pub thumb_media_id: String,
    /// 1 to show the cover in the body (the older pages' samples).
    pub show_cover_pic: Option<i64>,
    /// 1 when comments are open.
    pub need_open_comment: i64,
    /// 1 when only followers may comment.
    pub only_fans_can_comment: i64,
    /// An image message's images.
    pub image_info: Option<DraftImageInfo>,
    /// Products in the draft.
    pub product_info: Option<DraftProductInfo>,
    /// The draft's temporary link.
    pub url: String,
}
