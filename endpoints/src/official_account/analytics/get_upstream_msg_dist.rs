//! `getupstreammsgdist`: `POST /datacube/getupstreammsgdist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Message_analysis_data_interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 15 days.
//! Unverified: permission set 1 is the one the newer pages of the same group name; this call's own page was not seen.
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::UpstreamMsgDistStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads how many users sent how many messages, by day.
#[wx_endpoint(
    name = "getupstreammsgdist",
    path = "/datacube/getupstreammsgdist",
    idempotent,
    perm_sets = [1],
    response = UpstreamMsgDistStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUpstreamMsgDist {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 14 days after `begin_date` (a span of 15 days), and at most yesterday.
    pub end_date: String,
}
