//! `getusershare`: `POST /datacube/getusershare`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Graphic_Analysis_Data_Interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 7 days.
//! Unverified: permission set 7 is the one the newer pages of the same group name; this call's own page was not seen.
//! Unverified: the `share_scene` values are the old page's (the sample also prints 5); others are kept as they come.
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::ArticleShareStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads article sharing by day and scene.
#[wx_endpoint(
    name = "getusershare",
    path = "/datacube/getusershare",
    idempotent,
    perm_sets = [7],
    response = ArticleShareStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserShare {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 6 days after `begin_date` (a span of 7 days), and at most yesterday.
    pub end_date: String,
}
