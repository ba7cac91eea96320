//! `batchGetMaterial`: `POST /cgi-bin/material/batchget_material`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Get_materials_list.html>.
//! Note: name, permission sets, field table and error rows from the newer page doc/subscription/api/material/permanent/api_batchgetmaterial.html.
//! Note: `content.update_time` and `content.create_time` appear in the older page's sample only.

use super::MaterialArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists permanent materials of one type, including those created on the Official Accounts Platform.
#[wx_endpoint(
    name = "batchGetMaterial",
    path = "/cgi-bin/material/batchget_material",
    perm_sets = [11, 100],
    idempotent,
    response = MaterialList,
    errors(
        use CommonError,
        40004 => InvalidMediaType: "invalid media type",
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BatchGetMaterial {
    /// The material type to list.
    #[serde(rename = "type")]
    pub material_type: MaterialType,
    /// Offset into all materials of the type; 0 is the first.
    pub offset: u32,
    /// How many to return, 1 to 20.
    #[wx(range = 1..=20)]
    pub count: u32,
}

crate::wire_enum! {
    /// A permanent material's type (`type`).
    pub enum MaterialType: text {
        /// `image`.
        Image = "image",
        /// `video`.
        Video = "video",
        /// `voice`.
        Voice = "voice",
        /// `news`: articles.
        News = "news",
    }
}

/// A page of permanent materials returned by `batchGetMaterial`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialList {
    /// Materials of this type in total.
    pub total_count: u64,
    /// Materials in this answer.
    pub item_count: u64,
    /// The materials.
    pub item: Vec<MaterialItem>,
}

/// One permanent material in a `batchGetMaterial` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialItem {
    /// The material's media id.
    pub media_id: String,
    /// The articles, for `news` materials.
    pub content: Option<MaterialNews>,
    /// Unix time of the last update.
    pub update_time: i64,
    /// The file name, for image, voice and video materials.
    pub name: Option<String>,
    /// The material's URL, for image, voice and video materials.
    pub url: Option<String>,
}

/// The articles of a `news` material (`content`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialNews {
    /// One or more articles.
    pub news_item: Vec<MaterialArticle>,
    /// Unix time of the last update (older page's sample).
    pub update_time: Option<i64>,
    /// Unix time of creation (older page's sample).
    pub create_time: Option<i64>,
}
