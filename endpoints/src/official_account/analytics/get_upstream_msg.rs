//! `getupstreammsg`: `POST /datacube/getupstreammsg`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Message_analysis_data_interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 7 days.
//! Unverified: permission set 1 is the one the newer pages of the same group name; this call's own page was not seen.
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::UpstreamMsgStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the messages users sent to the account, by day and kind.
#[wx_endpoint(
    name = "getupstreammsg",
    path = "/datacube/getupstreammsg",
    idempotent,
    perm_sets = [1],
    response = UpstreamMsgStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUpstreamMsg {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 6 days after `begin_date` (a span of 7 days), and at most yesterday.
    pub end_date: String,
}
