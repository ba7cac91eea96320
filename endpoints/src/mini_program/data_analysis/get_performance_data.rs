//! `getPerformanceData`: `POST /wxa/business/performance/boot`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/analysis.getPerformanceData.html>.
//! Note: the page types `module` as a number; its example sends `"10022"`. The SDK sends a number and reads either.
//! Permission sets 18 and 21 are from the page; the newer server/API page names 18 only. The page lists no own error
//! codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Reads the Mini Program's launch and runtime performance figures (open rate, launch stages, page switches, memory).
#[wx_endpoint(
    name = "getPerformanceData",
    path = "/wxa/business/performance/boot",
    perm_sets = [18, 21],
    response = PerformanceData,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetPerformanceData {
    /// Which figures to read.
    pub module: PerformanceModule,
    /// The period, at most 30 days.
    pub time: PerformanceTimeRange,
    /// Query conditions (network type, device level, platform).
    pub params: Vec<PerformanceParam>,
}

crate::wire_enum! {
    /// Which performance figures to read (`module`).
    pub enum PerformanceModule: code {
        /// 10016: open rate; conditions: network type and device.
        OpenRate = 10016,
        /// 10017: launch stage times; conditions: network type and device.
        LaunchStages = 10017,
        /// 10021: page switch time; condition: device.
        PageSwitch = 10021,
        /// 10022: memory figures; condition: device.
        Memory = 10022,
        /// 10023: memory anomalies; condition: device.
        MemoryAnomaly = 10023,
    }
}

/// The period (`time`): at most 30 days.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PerformanceTimeRange {
    /// The first day (Unix seconds).
    pub begin_timestamp: i64,
    /// The last day (Unix seconds).
    pub end_timestamp: i64,
}

/// A query condition (`params`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PerformanceParam {
    /// The condition.
    pub field: PerformanceParamField,
    /// The condition's value: networktype `-1` (all), `3g`, `4g`, `wifi`; device_level `-1` (all), `1` high, `2`
    /// middle, `3` low; device `-1` (all), `1` iOS, `2` Android.
    pub value: String,
}

crate::wire_enum! {
    /// A query condition of `getPerformanceData` (`field`); left out means all.
    pub enum PerformanceParamField: text {
        /// `networktype`: the network type.
        NetworkType = "networktype",
        /// `device_level`: the device level.
        DeviceLevel = "device_level",
        /// `device`: the platform.
        Device = "device",
    }
}

/// The figures returned by `getPerformanceData`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceData {
    /// The figures.
    pub data: PerformanceDataBody,
}

/// The figures (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceDataBody {
    /// The tables.
    pub body: PerformanceTables,
}

/// The tables (`data.body`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceTables {
    /// One table per metric.
    pub tables: Vec<PerformanceTable>,
    /// How many tables.
    pub count: i64,
}

/// A metric's figures over time (`tables`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceTable {
    /// The metric's id, e.g. `memory`.
    pub id: String,
    /// The figures, in time order.
    pub lines: Vec<PerformanceLine>,
    /// The metric's Chinese name.
    pub zh: String,
}

/// A line of figures (`lines`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceLine {
    /// One figure per day.
    pub fields: Vec<PerformancePoint>,
}

/// A day's figure (`fields`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformancePoint {
    /// The day, `yyyymmdd`.
    pub refdate: String,
    /// The figure, as a decimal string.
    pub value: String,
}
