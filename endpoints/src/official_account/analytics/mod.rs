//! Analytics: followers, articles, messages, the server's passive replies, and ad revenue.

mod article_stats;
mod get_article_summary;
mod get_article_total;
mod get_interface_summary;
mod get_interface_summary_hour;
mod get_upstream_msg;
mod get_upstream_msg_dist;
mod get_upstream_msg_dist_month;
mod get_upstream_msg_dist_week;
mod get_upstream_msg_hour;
mod get_upstream_msg_month;
mod get_upstream_msg_week;
mod get_user_cumulate;
mod get_user_read;
mod get_user_read_hour;
mod get_user_share;
mod get_user_share_hour;
mod get_user_summary;
mod interface_stats;
mod message_stats;
mod publisher_adpos_general;
mod publisher_cps_general;
mod publisher_settlement;
mod publisher_stats;
mod user_stats;

pub use article_stats::{
    ArticleReadStat, ArticleReadStats, ArticleShareStat, ArticleShareStats, ArticleSummary,
    ArticleSummaryList, ArticleTotal, ArticleTotalDetail, ArticleTotalList, ReadSource, ShareScene,
};
pub use get_article_summary::{GetArticleSummary, GetArticleSummaryError};
pub use get_article_total::{GetArticleTotal, GetArticleTotalError};
pub use get_interface_summary::{GetInterfaceSummary, GetInterfaceSummaryError};
pub use get_interface_summary_hour::{GetInterfaceSummaryHour, GetInterfaceSummaryHourError};
pub use get_upstream_msg::{GetUpstreamMsg, GetUpstreamMsgError};
pub use get_upstream_msg_dist::{GetUpstreamMsgDist, GetUpstreamMsgDistError};
pub use get_upstream_msg_dist_month::{GetUpstreamMsgDistMonth, GetUpstreamMsgDistMonthError};
pub use get_upstream_msg_dist_week::{GetUpstreamMsgDistWeek, GetUpstreamMsgDistWeekError};
pub use get_upstream_msg_hour::{GetUpstreamMsgHour, GetUpstreamMsgHourError};
pub use get_upstream_msg_month::{GetUpstreamMsgMonth, GetUpstreamMsgMonthError};
pub use get_upstream_msg_week::{GetUpstreamMsgWeek, GetUpstreamMsgWeekError};
pub use get_user_cumulate::{GetUserCumulate, GetUserCumulateError};
pub use get_user_read::{GetUserRead, GetUserReadError};
pub use get_user_read_hour::{GetUserReadHour, GetUserReadHourError};
pub use get_user_share::{GetUserShare, GetUserShareError};
pub use get_user_share_hour::{GetUserShareHour, GetUserShareHourError};
pub use get_user_summary::{GetUserSummary, GetUserSummaryError};
pub use interface_stats::{InterfaceStat, InterfaceStats};
pub use message_stats::{
    CountInterval, UpstreamMsgDistStat, UpstreamMsgDistStats, UpstreamMsgStat, UpstreamMsgStats,
    UpstreamMsgType,
};
pub use publisher_adpos_general::{
    AdposGeneral, AdposStat, AdposSummary, PublisherAdposGeneral, PublisherAdposGeneralError,
};
pub use publisher_cps_general::{
    CpsGeneral, CpsStat, CpsSummary, PublisherCpsGeneral, PublisherCpsGeneralError,
};
pub use publisher_settlement::{
    PublisherSettlement, PublisherSettlementError, SettlementPeriod, SettlementReport, SlotRevenue,
};
pub use publisher_stats::PublisherAdSlot;
pub use user_stats::{UserCumulate, UserCumulateList, UserSource, UserSummary, UserSummaryList};
