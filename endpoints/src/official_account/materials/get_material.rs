//! `getMaterial`: `POST /cgi-bin/material/get_material`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Getting_Permanent_Assets.html>.
//! Note: name, permission sets and error rows from the newer page doc/subscription/api/material/permanent/api_getmaterial.html.
//! Note: image, voice and thumb materials answer the file itself; news and video materials answer JSON, declared
//! separately as `getMaterialJson` (`GetMaterialJson`). Called for a news or video material, this declaration hands
//! back that JSON as the bytes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Downloads a permanent image, voice or thumbnail material: the file's bytes on success, the JSON envelope on failure.
#[wx_endpoint(
    name = "getMaterial",
    path = "/cgi-bin/material/get_material",
    perm_sets = [3, 11, 18, 30..=31, 100],
    idempotent,
    binary,
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMaterial {
    /// The media id of the material to download.
    pub media_id: String,
}
