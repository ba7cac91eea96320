//! Settlement revenue, as `GetSettlement` (a Mini Program's) and `GetAgencySettlement` (the
//! platform's) answer it.

use serde::Deserialize;

use super::AdSlot;

/// Settled revenue over the requested period, by half-month settlement.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Settlement {
    /// Accumulated revenue, in cents.
    pub revenue_all: u64,
    /// Amount deducted, in cents.
    pub penalty_all: u64,
    /// Amount settled, in cents.
    pub settled_revenue_all: u64,
    /// The half-month settlements overlapping the requested dates, newest first.
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
    /// How many times the statement was asked to be sent again (a string on the page and in the sample).
    pub mail_send_cnt: String,
    /// The settled revenue by ad slot type.
    pub slot_revenue: Vec<SlotRevenue>,
}

/// One ad slot type's settled revenue (`slot_revenue`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SlotRevenue {
    /// The ad slot type that earned it.
    pub slot_id: Option<AdSlot>,
    /// The amount settled for it, in cents.
    pub slot_settled_revenue: u64,
}
