//! `getNearbyPoiList`: `GET /wxa/getnearbypoilist`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/nearby-poi/nearbyPoi.getList.html>.
//! Note: `page` and `page_rows` are query parameters (`?page=1&page_rows=20`). The places come as
//! JSON in a string (`data.data`), decoded here. The error table is the nearby pages' shared one.
//! Unverified: perm set 37 for this call (read on the add page).

use crate::wechat::CommonError;
use crate::{wx_endpoint, JsonString};
use serde::Deserialize;

crate::wire_enum! {
    /// A place's review state (`audit_status`).
    pub enum PoiAuditStatus: code {
        /// 3: under review.
        Reviewing = 3,
        /// 4: rejected.
        Rejected = 4,
        /// 5: approved.
        Approved = 5,
    }
}

crate::wire_enum! {
    /// Whether a place shows the Mini Program (`display_status`).
    pub enum PoiDisplayStatus: code {
        /// 0: not shown.
        Hidden = 0,
        /// 1: shown.
        Shown = 1,
    }
}

/// Lists the places of "nearby Mini Programs", a page at a time.
#[wx_endpoint(
    name = "getNearbyPoiList",
    path = "/wxa/getnearbypoilist",
    method = GET,
    perm_sets = [37],
    response = NearbyPoiPage,
    errors(
        use CommonError,
        20002 => InvalidPostParams: "invalid POST parameters",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON",
        92000 => QualificationAdded: "this business qualification was already added",
        92002 => PlaceLimit: "the number of nearby places reached its limit",
        92003 => PlaceTaken: "the place is taken by another Mini Program",
        92004 => NearbyBanned: "the nearby feature is banned",
        92005 => PlaceReviewing: "the place is under review",
        92006 => PlaceShowing: "the place is showing the Mini Program",
        92007 => PlaceRejected: "the place's review failed",
        92008 => NotShownAtPlace: "the Mini Program is not shown at the place",
        93009 => NotReleasedOrVisible: "the Mini Program is not released or not visible",
        93010 => PlaceNotFound: "the place does not exist",
        93011 => PersonalNotAllowed: "not available to personal Mini Programs",
        93012 => SpecialTypeNotAllowed: "not available to non-ordinary Mini Programs (store, shop, ...)",
        93013 => MapLookupFailed: "getting the address from Tencent Map failed",
        93014 => CredentialRepeated: "the same credential number was added again",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetNearbyPoiList {
    /// The page, from 1.
    pub page: u32,
    /// Places per page, at most 1000.
    #[wx(range = 1..=1000)]
    pub page_rows: u32,
}

/// The answer of `getNearbyPoiList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoiPage {
    /// The quota and the places.
    pub data: NearbyPoiData,
}

/// The quota and the places (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoiData {
    /// Places that can still be added.
    pub left_apply_num: i64,
    /// Places that can be added at most.
    pub max_apply_num: i64,
    /// The places, sent as JSON in a string.
    pub data: JsonString<NearbyPoiList>,
}

/// The places (`data.data`, decoded).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoiList {
    /// The places.
    pub poi_list: Vec<NearbyPoi>,
}

/// A place of "nearby Mini Programs" (`poi_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NearbyPoi {
    /// The place's id.
    pub poi_id: String,
    /// The qualification's address.
    pub qualification_address: String,
    /// The qualification's certificate number.
    pub qualification_num: String,
    /// The review state.
    pub audit_status: Option<PoiAuditStatus>,
    /// Whether the place shows the Mini Program.
    pub display_status: Option<PoiDisplayStatus>,
    /// Why the review failed, when `audit_status` is 4.
    pub refuse_reason: String,
}
