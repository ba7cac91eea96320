//! WeChat ads (AMS, 流量主): what a third-party platform does for its Mini Programs' ads:
//! opening the publisher, ad units, the cover ad, blocked advertisers, ad data, settlement and
//! revenue share. Failures answer `{"ret": ..., "err_msg": ...}`; the runtime reads that envelope.

mod ad_slot;
mod ad_stat;
mod ad_unit;
mod agency_check_can_open_publisher;
mod agency_create_adunit;
mod agency_create_publisher;
mod agency_get_tmpl_type;
mod agency_update_adunit;
mod get_adpos_detail;
mod get_adpos_genenral;
mod get_adunit_code;
mod get_adunit_list;
mod get_agency_settlement;
mod get_agency_tmpl_id_list;
mod get_ams_category_black_list;
mod get_black_list;
mod get_cover_adpos_scene;
mod get_cover_adpos_status;
mod get_settlement;
mod get_share_ratio;
mod set_ams_category_black_list;
mod set_black_list;
mod set_cover_adpos_scene;
mod set_cover_adpos_status;
mod set_share_ratio;
mod settlement;

pub use ad_slot::AdSlot;
pub use ad_stat::{AdStat, AdStatSummary};
pub use ad_unit::{AdUnit, AdUnitSize, AdUnitStatus, AdUnitSwitch};
pub use agency_check_can_open_publisher::{
    AgencyCheckCanOpenPublisher, AgencyCheckCanOpenPublisherError, PublisherEligibility,
};
pub use agency_create_adunit::{AgencyCreateAdunit, AgencyCreateAdunitError, CreatedAdunit};
pub use agency_create_publisher::{AgencyCreatePublisher, AgencyCreatePublisherError};
pub use agency_get_tmpl_type::{AdunitTmplType, AgencyGetTmplType, AgencyGetTmplTypeError};
pub use agency_update_adunit::{AgencyUpdateAdunit, AgencyUpdateAdunitError};
pub use get_adpos_detail::{AdunitGeneral, AdunitStat, GetAdposDetail, GetAdposDetailError};
pub use get_adpos_genenral::{AdposGeneral, GetAdposGenenral, GetAdposGenenralError};
pub use get_adunit_code::{AdunitCode, GetAdunitCode, GetAdunitCodeError};
pub use get_adunit_list::{AdunitList, GetAdunitList, GetAdunitListError};
pub use get_agency_settlement::{GetAgencySettlement, GetAgencySettlementError};
pub use get_agency_tmpl_id_list::{
    AgencyTmpl, AgencyTmplList, GetAgencyTmplIdList, GetAgencyTmplIdListError,
};
pub use get_ams_category_black_list::{
    AmsCategoryBlacklist, GetAmsCategoryBlackList, GetAmsCategoryBlackListError,
};
pub use get_black_list::{AdBlacklist, BlockedAdvertiser, GetBlackList, GetBlackListError};
pub use get_cover_adpos_scene::{CoverAdposScene, GetCoverAdposScene, GetCoverAdposSceneError};
pub use get_cover_adpos_status::{
    CoverAdposState, CoverAdposStatus, GetCoverAdposStatus, GetCoverAdposStatusError,
};
pub use get_settlement::{GetSettlement, GetSettlementError};
pub use get_share_ratio::{GetShareRatio, GetShareRatioError, ShareRatio};
pub use set_ams_category_black_list::{SetAmsCategoryBlackList, SetAmsCategoryBlackListError};
pub use set_black_list::{BlacklistEntry, BlacklistType, SetBlackList, SetBlackListError};
pub use set_cover_adpos_scene::{SetCoverAdposScene, SetCoverAdposSceneError};
pub use set_cover_adpos_status::{SetCoverAdposStatus, SetCoverAdposStatusError};
pub use set_share_ratio::{SetShareRatio, SetShareRatioError};
pub use settlement::{Settlement, SettlementPeriod, SlotRevenue};
