//! `delMaterial`: `POST /cgi-bin/material/del_material`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Deleting_Permanent_Assets.html>.
//! Note: name, permission sets and error rows from the newer page doc/service/api/material/permanent/api_delmaterial.html.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a permanent material (temporary materials cannot be deleted).
#[wx_endpoint(
    name = "delMaterial",
    path = "/cgi-bin/material/del_material",
    perm_sets = [11, 100],
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DelMaterial {
    /// The media id of the material to delete.
    pub media_id: String,
}
