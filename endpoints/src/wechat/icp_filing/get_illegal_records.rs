//! `getIllegalRecords`: `POST /wxa/getillegalrecords`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record-management/getIllegalRecords.html>.
//! Note: the authorizer must grant sets 18 and 76; without times, the last 90 days are read.
//! Unverified: error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Program's violation penalty records (90 days around the given times).
#[wx_endpoint(
    name = "getIllegalRecords",
    path = "/wxa/getillegalrecords",
    perm_sets = [76],
    response = IllegalRecords,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetIllegalRecords {
    /// Unix time the period starts; without it, the 90 days before `end_time`.
    pub start_time: Option<u64>,
    /// Unix time the period ends; without it, the 90 days after `start_time`.
    pub end_time: Option<u64>,
}

/// The records returned by `getIllegalRecords`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IllegalRecords {
    /// The violation penalty records.
    pub records: Vec<IllegalRecord>,
}

/// A violation penalty record.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IllegalRecord {
    /// The record's id, for `getAppealRecords`.
    pub illegal_record_id: String,
    /// Unix time of the penalty.
    pub create_time: i64,
    /// Why it was penalised.
    pub illegal_reason: String,
    /// The offending content.
    pub illegal_content: String,
    /// Link to the rule.
    pub rule_url: String,
    /// The rule's name.
    pub rule_name: String,
}
