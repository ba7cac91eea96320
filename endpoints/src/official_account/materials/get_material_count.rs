//! `getMaterialCount`: `GET /cgi-bin/material/get_materialcount`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Get_the_total_of_all_materials.html>.
//! Note: name, permission sets and error rows from the newer page doc/subscription/api/material/permanent/api_getmaterialcount.html (only -1 and 40001).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Counts the account's permanent materials by type.
#[wx_endpoint(
    name = "getMaterialCount",
    path = "/cgi-bin/material/get_materialcount",
    method = GET,
    perm_sets = [11, 100],
    response = MaterialCount,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMaterialCount;

/// Permanent material totals returned by `getMaterialCount`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MaterialCount {
    /// Voice materials.
    pub voice_count: u64,
    /// Video materials.
    pub video_count: u64,
    /// Image materials.
    pub image_count: u64,
    /// News (article) materials.
    pub news_count: u64,
}
