//! `publisher_settlement`: `GET /publisher/stat?action=publisher_settlement`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Ad_Analysis.html#%E4%B8%89%E3%80%81%E8%8E%B7%E5%8F%96%E5%85%AC%E4%BC%97%E5%8F%B7%E7%BB%93%E7%AE%97%E6%94%B6%E5%85%A5%E6%95%B0%E6%8D%AE%E5%8F%8A%E7%BB%93%E7%AE%97%E4%B8%BB%E4%BD%93%E4%BF%A1%E6%81%AF%EF%BC%88publisher-settlement%EF%BC%89>.
//! Note: the data starts 2016-01-01; every call pages, at most 90 rows a page. A failure comes
//! back in `base_resp` (`ret`, `err_msg`) rather than in `errcode`: the runtime reads it as the error.
//! Unverified: the error rows are the ad data pages' table as remembered (45009, 45010, 1701, 2009):
//! the stored copies end before it. No permission set is named.

use serde::Deserialize;

use super::PublisherAdSlot;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the account's settled ad revenue by half-month settlement, and the settling entity.
#[wx_endpoint(
    name = "publisher_settlement",
    path = "/publisher/stat",
    query = "action=publisher_settlement",
    method = GET,
    response = SettlementReport,
    errors(
        use CommonError,
        45009 => TooFrequent: "requests too frequent; retry later",
        45010 => InvalidInterfaceName: "invalid interface (action) name",
        1701 => InvalidParameter: "parameter error",
        2009 => InvalidPublisher: "invalid publisher: the account is not an ad publisher",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PublisherSettlement {
    /// The page to return, from 1.
    pub page: u32,
    /// Rows per page, at most 90.
    #[wx(range = 1..=90)]
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd` (2016-01-01 or later).
    pub start_date: String,
    /// The last day, `yyyy-mm-dd` (at most yesterday).
    pub end_date: String,
}

/// The settled revenue, as `publisher_settlement` answers it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettlementReport {
    /// The settling entity's name.
    pub body: String,
    /// Accumulated revenue, in cents.
    pub revenue_all: u64,
    /// Amount deducted, in cents.
    pub penalty_all: u64,
    /// Amount settled, in cents.
    pub settled_revenue_all: u64,
    /// The half-month settlements overlapping the requested dates.
    pub settlement_list: Vec<SettlementPeriod>,
    /// How many settlements there are in all (for paging).
    pub total_num: u64,
}

/// One half-month settlement (`settlement_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettlementPeriod {
    /// When the data was last updated, `yyyy-mm-dd`.
    pub date: String,
    /// The settled period, as text (e.g. `2020年3月1日至15日`).
    pub zone: String,
    /// The revenue's month, `yyyymm`.
    pub month: String,
    /// 1 the first half of the month, 2 the second half.
    pub order: i64,
    /// 1 settling; 2 or 3 settled; 4 paying; 5 paid.
    pub sett_status: i64,
    /// Revenue settled in the period, in cents.
    pub settled_revenue: u64,
    /// The settlement statement's number.
    pub sett_no: String,
    /// How many times the statement was asked to be sent again (a string in the sample).
    pub mail_send_cnt: String,
    /// The settled revenue by ad slot type.
    pub slot_revenue: Vec<SlotRevenue>,
}

/// One ad slot type's settled revenue (`slot_revenue`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SlotRevenue {
    /// The ad slot type that earned it.
    pub slot_id: Option<PublisherAdSlot>,
    /// The amount settled for it, in cents.
    pub slot_settled_revenue: u64,
}
