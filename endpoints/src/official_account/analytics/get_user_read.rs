//! `getuserread`: `POST /datacube/getuserread`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Graphic_Analysis_Data_Interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 3 days.
//! Unverified: permission set 7 is the one the newer pages of the same group name; this call's own page was not seen.
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::ArticleReadStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads article reading by day and source.
#[wx_endpoint(
    name = "getuserread",
    path = "/datacube/getuserread",
    idempotent,
    perm_sets = [7],
    response = ArticleReadStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserRead {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 2 days after `begin_date` (a span of 3 days), and at most yesterday.
    pub end_date: String,
}
