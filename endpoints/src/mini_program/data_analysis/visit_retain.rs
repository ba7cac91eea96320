//! The answer shared by `getDailyRetain`, `getWeeklyRetain` and `getMonthlyRetain`.

use serde::Deserialize;

/// User retention over a period, as the retention calls return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitRetain {
    /// The period: `20170313` (day), `20170306-20170312` (week) or `201702` (month).
    pub ref_date: String,
    /// Retention of new users.
    pub visit_uv_new: Vec<RetainEntry>,
    /// Retention of active users.
    pub visit_uv: Vec<RetainEntry>,
}

/// One retention figure (`visit_uv_new`, `visit_uv`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RetainEntry {
    /// Periods after the queried one: 0 the period itself, 1 one period later, and so on.
    pub key: i64,
    /// New or active users for key 0, retained users for later keys.
    pub value: i64,
}
