//! Mini Program data analysis: visit retention and trends, daily summary, user portraits, visit distribution, page visits, performance.

mod get_daily_retain;
mod get_daily_summary;
mod get_daily_visit_trend;
mod get_monthly_retain;
mod get_monthly_visit_trend;
mod get_performance_data;
mod get_user_portrait;
mod get_visit_distribution;
mod get_visit_page;
mod get_weekly_retain;
mod get_weekly_visit_trend;
mod visit_retain;
mod visit_trend;

pub use get_daily_retain::{GetDailyRetain, GetDailyRetainError};
pub use get_daily_summary::{DailySummary, DailySummaryEntry, GetDailySummary, GetDailySummaryError};
pub use get_daily_visit_trend::{GetDailyVisitTrend, GetDailyVisitTrendError};
pub use get_monthly_retain::{GetMonthlyRetain, GetMonthlyRetainError};
pub use get_monthly_visit_trend::{GetMonthlyVisitTrend, GetMonthlyVisitTrendError};
pub use get_performance_data::{
    GetPerformanceData, GetPerformanceDataError, PerformanceData, PerformanceDataBody, PerformanceLine,
    PerformanceModule, PerformanceParam, PerformanceParamField, PerformancePoint, PerformanceTable,
    PerformanceTables, PerformanceTimeRange,
};
pub use get_user_portrait::{
    GetUserPortrait, GetUserPortraitError, PortraitEntry, UserPortrait, UserPortraits,
};
pub use get_visit_distribution::{
    DistributionEntry, DistributionIndex, DistributionItem, GetVisitDistribution, GetVisitDistributionError,
    VisitDistribution,
};
pub use get_visit_page::{GetVisitPage, GetVisitPageError, VisitPageEntry, VisitPages};
pub use get_weekly_retain::{GetWeeklyRetain, GetWeeklyRetainError};
pub use get_weekly_visit_trend::{GetWeeklyVisitTrend, GetWeeklyVisitTrendError};
pub use visit_retain::{RetainEntry, VisitRetain};
pub use visit_trend::{VisitTrend, VisitTrendEntry};
