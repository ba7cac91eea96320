//! `addNearbyPoi`: `POST /wxa/addnearbypoi`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/nearby-poi/nearbyPoi.add.html>.
//! Note: `kf_info`, `pic_list` and `service_infos` are JSON in strings, sent as written
//! (`{"open_kf","kf_headimg","kf_name"}`, `{"list":[urls]}` with 1-9 pictures,
//! `{"service_infos":[{"id","type","name","appid","path","desc"}]}`). Adding is not concurrent: call
//! at 1-second intervals. An empty `poi_id` creates a place, a `poi_id` updates it. The page's table
//! types `qualification_list` as a string, its sample sends an array of media ids; typed as the table
//! says. The perm set is the one the page's third-party section names (read on a copy of the page).
//! Unverified: the error table (the newer page api_addnearbypoi lists only 40001).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds (or, with `poi_id`, updates) a place where the Mini Program shows in "nearby Mini Programs"; the place is reviewed.
#[wx_endpoint(
    name = "addNearbyPoi",
    path = "/wxa/addnearbypoi",
    perm_sets = [37],
    response = NearbyPoiAdded,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddNearbyPoi {
    /// Always `"1"`.
    #[wx(non_empty)]
    pub is_comm_nearby: String,
    /// The customer-service avatar and name, JSON in a string: `{"open_kf","kf_headimg","kf_name"}`.
    pub kf_info: String,
    /// The store's pictures (1-9, bmp/png/jpeg/jpg/gif up to 5 MB, URLs from the article-image upload), JSON in a string: `{"list":[...]}`.
    #[wx(non_empty)]
    pub pic_list: String,
    /// The service tags, JSON in a string: `{"service_infos":[{"id","type","name","appid","path","desc"}]}`.
    #[wx(non_empty)]
    pub service_infos: String,
    /// The store's name, as Tencent Map has it for the chosen place.
    #[wx(non_empty)]
    pub store_name: String,
    /// The store's phone number.
    pub contract_phone: String,
    /// The opening hours, e.g. `11:11-12:12`.
    #[wx(non_empty)]
    pub hour: String,
    /// The subject's name.
    #[wx(non_empty)]
    pub company_name: String,
    /// The 15-digit business license number or 9-digit organization code.
    #[wx(non_empty)]
    pub credential: String,
    /// The address.
    #[wx(non_empty)]
    pub address: String,
    /// The proof that the store's subject relates to the Mini Program's, when `company_name` differs.
    pub qualification_list: String,
    /// Empty to create a place; the place's id to update it.
    pub poi_id: String,
    /// Tencent Map's id of the place (`sosomap_poi_uid`); without it a submission may fail.
    pub map_poi_id: Option<String>,
}

/// The answer of `addNearbyPoi`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoiAdded {
    /// The review and the place.
    pub data: NearbyPoiAudit,
}

/// A place submitted for review (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoiAudit {
    /// The review's id.
    pub audit_id: i64,
    /// The place's id.
    pub poi_id: i64,
    /// The business license number the place is checked against.
    pub related_credential: Option<String>,
}
