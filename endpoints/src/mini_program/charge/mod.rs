//! Paid capabilities: usage of bought resource packages and recent average usage.

mod get_recent_average_usage;
mod get_usage_detail;

pub use get_recent_average_usage::{GetRecentAverageUsage, GetRecentAverageUsageError, RecentAverageUsage};
pub use get_usage_detail::{GetUsageDetail, GetUsageDetailError, PackageStatus, PackageUsage, UsageDetail};
