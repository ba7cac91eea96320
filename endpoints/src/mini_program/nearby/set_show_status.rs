//! `setShowStatus`: `POST /wxa/setnearbypoishowstatus`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/nearby-poi/nearbyPoi.setShowStatus.html>.
//! Note: the interface name is the newer page's (api_setshowstatus).
//! Unverified: perm set 37 for this call (read on the add page); the error table (the newer page
//! lists none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Shows or hides the Mini Program at a place of "nearby Mini Programs".
#[wx_endpoint(
    name = "setShowStatus",
    path = "/wxa/setnearbypoishowstatus",
    perm_sets = [37],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetShowStatus {
    /// The place's id.
    #[wx(non_empty)]
    pub poi_id: String,
    /// 0 hide, 1 show.
    #[wx(one_of = [0, 1])]
    pub status: u8,
}
