//! `GetPenaltyList`: `GET /wxaapi/wxamptrade/get_penalty_list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/transaction-guarantee/GetPenaltyList.html>.
//! Note: the facts are the newer page's (api_getpenaltylist); the corpus URL now shows the API list.
//! Unverified: the values of `status` and the page's error table were not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the violations that lowered the Mini Program's transaction experience score.
#[wx_endpoint(
    name = "GetPenaltyList",
    path = "/wxaapi/wxamptrade/get_penalty_list",
    method = GET,
    perm_sets = [151],
    response = PenaltyList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPenaltyList {
    /// The first record to return (from 0), at most the total.
    pub offset: u32,
    /// How many records to return, at most 100.
    #[wx(range = 1..=100)]
    pub limit: u32,
}

/// The violations, as `GetPenaltyList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PenaltyList {
    /// The records.
    pub appeal_list: Vec<PenaltyRecord>,
    /// The Mini Program's current transaction experience score.
    pub current_score: i64,
    /// The number of records.
    pub total_num: u32,
}

/// One violation (`appealList`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PenaltyRecord {
    /// The violation's id.
    pub illegal_order_id: String,
    /// The complaint's id.
    pub complaint_order_id: String,
    /// The violation's description.
    pub illegal_wording: String,
    /// The record's state code.
    pub status: i64,
    /// When the violation happened (Unix seconds).
    pub illegal_time: i64,
    /// The order's id.
    pub order_id: String,
    /// The points deducted.
    pub minus_score: i64,
    /// When the record was last updated (Unix seconds).
    pub update_time: i64,
}
