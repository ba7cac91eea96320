//! `getusersummary`: `POST /datacube/getusersummary`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/User_Analysis_Data_Interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 7 days.
//! Note: name and permission set 2 from the newer page (doc/service/en/api/wedata/user/api_getusersummary.html).
//! Unverified: the `user_source` values are the newer page's as far as its stored copy goes.
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::UserSummaryList;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads new and lost followers by day and channel.
#[wx_endpoint(
    name = "getusersummary",
    path = "/datacube/getusersummary",
    idempotent,
    perm_sets = [2],
    response = UserSummaryList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserSummary {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: at most 6 days after `begin_date` (a span of 7 days), and at most yesterday.
    pub end_date: String,
}
