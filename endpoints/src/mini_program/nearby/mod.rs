//! Nearby Mini Programs: adding, listing, deleting places and showing the Mini Program there.

mod add_nearby_poi;
mod delete_nearby_poi;
mod get_nearby_poi_list;
mod set_show_status;

pub use add_nearby_poi::{AddNearbyPoi, AddNearbyPoiError, NearbyPoiAdded, NearbyPoiAudit};
pub use delete_nearby_poi::{DeleteNearbyPoi, DeleteNearbyPoiError};
pub use get_nearby_poi_list::{
    GetNearbyPoiList, GetNearbyPoiListError, NearbyPoi, NearbyPoiData, NearbyPoiList, NearbyPoiPage,
    PoiAuditStatus, PoiDisplayStatus,
};
pub use set_show_status::{SetShowStatus, SetShowStatusError};
