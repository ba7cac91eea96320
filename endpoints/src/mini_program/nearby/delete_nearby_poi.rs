//! `deleteNearbyPoi`: `POST /wxa/delnearbypoi`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/nearby-poi/nearbyPoi.delete.html>.
//! Note: the perm set is the one the nearby pages' third-party sections name.
//! Unverified: perm set 37 for this call (read on the add page); the error table (the newer page
//! api_deletenearbypoi lists only -1).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a place of "nearby Mini Programs".
#[wx_endpoint(
    name = "deleteNearbyPoi",
    path = "/wxa/delnearbypoi",
    perm_sets = [37],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteNearbyPoi {
    /// The place's id.
    #[wx(non_empty)]
    pub poi_id: String,
}
