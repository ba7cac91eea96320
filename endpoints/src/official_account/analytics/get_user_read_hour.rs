//! `getuserreadhour`: `POST /datacube/getuserreadhour`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Graphic_Analysis_Data_Interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 1 day.
//! Note: name and permission set 7 from the newer page (doc/service/en/api/wedata/news/api_getuserreadhour.html).
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::ArticleReadStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads article reading by hour and source for a day.
#[wx_endpoint(
    name = "getuserreadhour",
    path = "/datacube/getuserreadhour",
    idempotent,
    perm_sets = [7],
    response = ArticleReadStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserReadHour {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: the same day, and at most yesterday.
    pub end_date: String,
}
