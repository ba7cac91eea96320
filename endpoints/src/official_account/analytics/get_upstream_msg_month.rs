//! `getupstreammsgmonth`: `POST /datacube/getupstreammsgmonth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Message_analysis_data_interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 30 days.
//! Note: name and permission set 1 from the newer page (doc/service/en/api/wedata/mess/api_getupstreammsgmonth.html).
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::UpstreamMsgStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the messages users sent to the account, by month and kind.
#[wx_endpoint(
    name = "getupstreammsgmonth",
    path = "/datacube/getupstreammsgmonth",
    idempotent,
    perm_sets = [1],
    response = UpstreamMsgStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUpstreamMsgMonth {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 29 days after `begin_date` (a span of 30 days), and at most yesterday.
    pub end_date: String,
}
