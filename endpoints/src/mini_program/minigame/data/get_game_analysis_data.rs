//! `analysis.getGameAnalysisData`: `POST /datacube/getgameanalysisdata`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data-analysis/analysis.getGameAnalysisData.html>.
//! Note: the newer page (api_analysis.getgameanalysisdata) says third-party platforms cannot call it:
//! the game's own token.
//! Unverified: the newer page types `group_list` as objects (`dimension`, `value`); this page and its
//! sample give a list of dimension ids (strings), which is kept.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Reads a mini game's analysis data: one metric over a time range, optionally filtered and grouped by dimensions.
#[wx_endpoint(
    name = "analysis.getGameAnalysisData",
    path = "/datacube/getgameanalysisdata",
    credential = app,
    response = GameAnalysisData,
    idempotent,
    errors(
        use CommonError,
        61552 => InvalidMetric: "invalid metric",
        61553 => InvalidGranularity: "invalid granularity",
        61554 => InvalidTimeRange: "invalid time range",
        61555 => InvalidDimension: "invalid dimension",
        61556 => DuplicateDimension: "duplicate dimension",
        61557 => GranularityNotSupported: "the metric does not support this granularity",
        61558 => MetricDeprecated: "the metric is deprecated",
        61559 => DistributionNotSupported: "the metric does not support querying a distribution",
        -10094011 => RateLimited: "call frequency limited",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGameAnalysisData {
    /// The metric id (see the metric definitions of the data-analysis guide).
    #[wx(non_empty)]
    pub metric: String,
    /// The time granularity: 1 one minute, 5 five minutes, 60 one hour, 24 a natural day, 7 a natural week, 30 a natural month.
    #[wx(one_of = [1, 5, 60, 24, 7, 30])]
    pub granularity: u32,
    /// Start (Unix seconds), aligned to the granularity's zero point.
    pub start_time: i64,
    /// End (Unix seconds), aligned to the granularity's zero point.
    pub end_time: i64,
    /// Filters on one or more dimensions.
    pub filter_list: Option<Vec<DimensionFilter>>,
    /// Dimension ids whose value distribution within each period is expanded.
    pub group_list: Option<Vec<String>>,
}

/// A dimension filter (`filter_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DimensionFilter {
    /// The dimension id (see the dimension definitions of the data-analysis guide).
    pub dimension: String,
    /// The dimension's value.
    pub value: String,
}

/// The data points, as `analysis.getGameAnalysisData` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameAnalysisData {
    /// The data points.
    pub data_list: Vec<AnalysisDataPoint>,
}

/// One data point (`data_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AnalysisDataPoint {
    /// The period's timestamp (Unix seconds).
    pub timestamp: i64,
    /// The period's label, e.g. `2020-10-02`.
    pub time_label: String,
    /// The grouped dimensions' values for this point.
    pub group_dimension_list: Vec<GroupDimension>,
    /// The metric's value; present only when data exists.
    pub metric_value: Option<f64>,
}

/// A grouped dimension's value (`group_dimension_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GroupDimension {
    /// The dimension's value.
    pub value: String,
    /// The value's label.
    pub label: String,
}
