//! `getarticletotal`: `POST /datacube/getarticletotal`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Graphic_Analysis_Data_Interface.html>.
//! Note: the data starts 2014-12-01; a day's data is ready after 08:00 the next day. Maximum span 1 day.
//! Note: name and permission set 7 from the newer page (doc/service/en/api/wedata/news/api_getarticletotal.html).
//! Unverified: the `int_page_from_kanyikan_*` and `int_page_from_souyisou_*` fields are from the newer page as remembered (not in the sample).
//! Unverified: the pages print no error table of their own.

use serde::Deserialize;

use super::ArticleTotalList;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the accumulated totals of the articles broadcast on a day.
#[wx_endpoint(
    name = "getarticletotal",
    path = "/datacube/getarticletotal",
    idempotent,
    perm_sets = [7],
    response = ArticleTotalList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetArticleTotal {
    /// The first day, `yyyy-MM-dd` (2014-12-01 or later).
    pub begin_date: String,
    /// The last day, `yyyy-MM-dd`: the same day, and at most yesterday.
    pub end_date: String,
}
