//! Official Account materials: temporary and permanent media upload, download, listing, counting and deletion.

use serde::Deserialize;

mod add_material;
mod batch_get_material;
mod del_material;
mod get_material;
mod get_material_count;
mod get_material_json;
mod get_media;
mod upload_temp_media;

pub use add_material::{AddMaterial, AddMaterialError, AddedMaterial};
pub use batch_get_material::{
    BatchGetMaterial, BatchGetMaterialError, MaterialItem, MaterialList, MaterialNews, MaterialType,
};
pub use del_material::{DelMaterial, DelMaterialError};
pub use get_material::{GetMaterial, GetMaterialError};
pub use get_material_count::{GetMaterialCount, GetMaterialCountError, MaterialCount};
pub use get_material_json::{GetMaterialJson, GetMaterialJsonError, MaterialDetail};
pub use get_media::{GetMedia, GetMediaError};
pub use upload_temp_media::{TempMedia, UploadTempMedia, UploadTempMediaError};

crate::wire_enum! {
    /// The kind of an uploaded material (`type`).
    pub enum MediaType: text {
        /// `image`: bmp, png, jpeg, jpg or gif.
        Image = "image",
        /// `voice`: amr or mp3 (permanent: also wma, wav).
        Voice = "voice",
        /// `video`: mp4.
        Video = "video",
        /// `thumb`: a jpg thumbnail.
        Thumb = "thumb",
    }
}

/// An article of a permanent news material, as `batchGetMaterial` and `getMaterialJson` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialArticle {
    /// The article's title.
    pub title: String,
    /// The cover image's permanent media id.
    pub thumb_media_id: String,
    /// The cover image's URL (listed by `batchGetMaterial`).
    pub thumb_url: Option<String>,
    /// 1 to show the cover in the body, 0 not to.
    pub show_cover_pic: i64,
    /// The author.
    pub author: String,
    /// The summary (single-article messages only).
    pub digest: String,
    /// The HTML body.
    pub content: String,
    /// The article page's URL.
    pub url: String,
    /// The "read more" link.
    pub content_source_url: String,
    /// 1 when comments are open, 0 when not.
    pub need_open_comment: Option<i64>,
    /// 1 when only followers may comment, 0 when everyone may.
    pub only_fans_can_comment: Option<i64>,
}
