//! `getPressureTestReport`: `POST /tcb/getpressuretestreport`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getPressureTestReport.html>.
//! Unverified: the page is not in the stored corpus (it appears withdrawn from the current documents); the fields and
//! their types follow the corpus samples only (rates and averages read as floats), the interface name follows the
//! page's URL, and no permission set or error table could be read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the report of a finished pressure test.
#[wx_endpoint(
    name = "getPressureTestReport",
    path = "/tcb/getpressuretestreport",
    response = PressureTestReportAnswer,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPressureTestReport {
    /// The pressure test's id.
    pub pressure_id: i64,
}

/// The answer of `getPressureTestReport`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestReportAnswer {
    /// The report.
    pub report: PressureTestReport,
}

/// A pressure test's report (`report`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestReport {
    /// The rate of blank pages when the page opened (spelled `pencent` on the wire).
    pub blankpage_pencent: f64,
    /// The average time to open the page, in milliseconds.
    pub aver_time_cost: f64,
    /// The longest time to open the page, in milliseconds.
    pub max_time_cost: i64,
    /// How many times the page was opened.
    pub total_launch_cnt: i64,
    /// How many network requests were made.
    pub total_request_cnt: i64,
    /// Statistics per request path.
    pub network_list: Vec<PressureTestNetwork>,
    /// The Mini Program's AppID.
    pub appid: String,
    /// The tested page.
    pub task_url: String,
    /// How long the test ran, in seconds.
    pub run_time: i64,
    /// The pressure test's id.
    pub pressure_id: i64,
}

/// Statistics of one request path (`network_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestNetwork {
    /// The request path.
    pub path: String,
    /// The path's average time, in milliseconds.
    pub aver_time_cost: f64,
    /// The path's longest time, in milliseconds.
    pub max_time_cost: i64,
    /// How many times the path was requested.
    pub total_request_cnt: i64,
    /// The path's success rate, in percent.
    pub succ_percent: f64,
    /// The slowest requests.
    pub top_time_cost_list: Vec<PressureTestTimeCost>,
    /// How many requests exceeded the time limit.
    pub over_count: i64,
}

/// One of the slowest requests (`top_time_cost_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestTimeCost {
    /// The request's time, in milliseconds.
    pub time_cost: i64,
}
