//! The answer shared by `getDailyVisitTrend`, `getWeeklyVisitTrend` and `getMonthlyVisitTrend`.

use serde::Deserialize;

/// Visit trend figures, as the trend calls return them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitTrend {
    /// One entry per period.
    pub list: Vec<VisitTrendEntry>,
}

/// A period's visit figures (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitTrendEntry {
    /// The period: `20170313` (day), `20170306-20170312` (week) or `201703` (month).
    pub ref_date: String,
    /// Opens (summed over the period).
    pub session_cnt: i64,
    /// Visits (summed over the period).
    pub visit_pv: i64,
    /// Visitors (distinct over the period).
    pub visit_uv: i64,
    /// New users (distinct over the period).
    pub visit_uv_new: i64,
    /// Average stay per user, in seconds.
    pub stay_time_uv: f64,
    /// Average stay per open, in seconds.
    pub stay_time_session: f64,
    /// Average visit depth.
    pub visit_depth: f64,
}
