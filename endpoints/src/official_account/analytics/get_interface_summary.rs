//! `getinterfacesummary`: `POST /datacube/getinterfacesummary`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Analytics_API.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 30 days.
//! Note: name and permission set 3 from the newer page (doc/service/en/api/wedata/api/api_getinterfacesummary.html).
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::InterfaceStats;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the server's passive replies to user messages, by day.
#[wx_endpoint(
    name = "getinterfacesummary",
    path = "/datacube/getinterfacesummary",
    idempotent,
    perm_sets = [3],
    response = InterfaceStats,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetInterfaceSummary {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 29 days after `begin_date` (a span of 30 days), and at most yesterday.
    pub end_date: String,
}
