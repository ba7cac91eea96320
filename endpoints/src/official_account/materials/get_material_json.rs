//! `getMaterialJson`: `POST /cgi-bin/material/get_material`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Getting_Permanent_Assets.html>.
//! Note: the page's interface is `getMaterial`; this declaration covers its JSON answers (news and video materials)
//! beside the file download `getMaterial` (`GetMaterial`), and its name is suffixed so every registry name stays unique.
//! Note: permission sets and error rows from the newer page doc/subscription/api/material/permanent/api_getmaterial.html.
//! Note: `need_open_comment` and `only_fans_can_comment` come from the comments page (Image_Comments_Management_Interface, 1.2).

use super::MaterialArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a permanent news material's articles, or a video material's title, description and download URL.
#[wx_endpoint(
    name = "getMaterialJson",
    path = "/cgi-bin/material/get_material",
    perm_sets = [3, 11, 18, 30..=31, 100],
    idempotent,
    response = MaterialDetail,
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMaterialJson {
    /// The media id of the news or video material.
    pub media_id: String,
}

/// A news or video material returned by `getMaterialJson`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialDetail {
    /// The articles, for a news material.
    pub news_item: Vec<MaterialArticle>,
    /// The video's title, for a video material.
    pub title: Option<String>,
    /// The video's description, for a video material.
    pub description: Option<String>,
    /// The video's download URL, for a video material.
    pub down_url: Option<String>,
}
