//! `describeSmsRecords`: `POST /tcb/describesmsrecords`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.describeSmsRecords.html>.
//! Note: the page's tables list the query fields in the body and `SmsRecords`/`TotalCount`/`RequestId` beside
//! errcode, but every version of its examples wraps the request in `PostData` and the answer in `Response`, as the
//! Tencent Cloud API it relays does. The request follows the examples; the answer reads either shape.
//! Note: `Mobile`, `QueryId`, `PageNumber` and `PageSize` are optional on the minigame twin and required on the newer
//! server/API page; the request sample leaves `Mobile` out, so all four are optional here. Permission sets 49 and 64
//! are from the OpenApiDoc twin; the newer page names 49 only. 85088 comes from the newer page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Lists the SMS records of the last two months.
#[wx_endpoint(
    name = "describeSmsRecords",
    path = "/tcb/describesmsrecords",
    perm_sets = [49, 64],
    response = SmsRecords,
    errors(
        use CommonError,
        -501007 => InvalidParameter: "invalid parameter; errmsg says which",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DescribeSmsRecords {
    /// The query.
    #[serde(rename = "PostData")]
    pub post_data: SmsRecordsQuery,
}

/// The query of `describeSmsRecords` (`PostData`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SmsRecordsQuery {
    /// The CloudBase environment's id.
    #[serde(rename = "EnvId")]
    pub env_id: String,
    /// The first day, e.g. `2021-01-01`.
    #[serde(rename = "StartDate")]
    pub start_date: String,
    /// The last day, e.g. `2021-01-07`.
    #[serde(rename = "EndDate")]
    pub end_date: String,
    /// A phone number to filter by.
    #[serde(rename = "Mobile", skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    /// The query id returned by `createSendSmsTask`.
    #[serde(rename = "QueryId", skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    /// The page, from 1.
    #[serde(rename = "PageNumber", skip_serializing_if = "Option::is_none")]
    pub page_number: Option<u32>,
    /// Records per page.
    #[serde(rename = "PageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// The answer of `describeSmsRecords`: the Tencent Cloud `Response`, or its fields beside errcode.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsRecords {
    /// The records, as the page's examples return them.
    #[serde(rename = "Response")]
    pub response: SmsRecordsBody,
    /// The records, as the page's table lists them beside errcode.
    #[serde(rename = "SmsRecords")]
    pub sms_records: Vec<SmsRecord>,
    /// The total number of records, as the page's table lists it beside errcode.
    #[serde(rename = "TotalCount")]
    pub total_count: i64,
    /// The request's unique id, as the page's table lists it beside errcode.
    #[serde(rename = "RequestId")]
    pub request_id: String,
}

/// The records (`Response`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsRecordsBody {
    /// The records.
    #[serde(rename = "SmsRecords")]
    pub sms_records: Vec<SmsRecord>,
    /// The total number of records.
    #[serde(rename = "TotalCount")]
    pub total_count: i64,
    /// The request's unique id; give it when reporting a problem.
    #[serde(rename = "RequestId")]
    pub request_id: String,
}

/// One sent message (`SmsRecords`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsRecord {
    /// The phone number.
    #[serde(rename = "Mobile")]
    pub mobile: String,
    /// The message's text.
    #[serde(rename = "Content")]
    pub content: String,
    /// The message's length.
    #[serde(rename = "ContentSize")]
    pub content_size: i64,
    /// How many billed messages it counted as.
    #[serde(rename = "Fee")]
    pub fee: i64,
    /// When it was sent.
    #[serde(rename = "CreateTime")]
    pub create_time: String,
    /// When the user received it.
    #[serde(rename = "ReceivedTime")]
    pub received_time: String,
    /// Whether it was delivered.
    #[serde(rename = "Status")]
    pub status: Option<SmsRecordStatus>,
    /// A remark.
    #[serde(rename = "Remarks")]
    pub remarks: String,
}

crate::wire_enum! {
    /// Whether a message was delivered (`Status`).
    pub enum SmsRecordStatus: text {
        /// `sent`: delivered.
        Sent = "sent",
        /// `error`: failed.
        Error = "error",
    }
}
