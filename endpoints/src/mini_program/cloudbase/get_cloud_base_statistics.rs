//! `getCloudBaseStatistics`: `POST /tcb/getstatistics`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getStatistics.html>.
//! Note: the interface name is the one of the OpenApiDoc twin and the newer server/API page; the stored page calls it
//! `cloudbase.getStatistics`. Its `Condition` fields are listed (misplaced) in the minigame twin's return table, where
//! `by_channel_id` is a string; the newer examples send `"0"`, the stored sample `0`. The SDK sends a string and
//! reads either. Permission sets 49 and 64 are from the OpenApiDoc
//! twin; the newer page names 49 only.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Reads CloudBase SMS marketing data: overview, conversion or real-time figures.
#[wx_endpoint(
    name = "getCloudBaseStatistics",
    path = "/tcb/getstatistics",
    perm_sets = [49, 64],
    response = CloudBaseStatistics,
    errors(
        use CommonError,
        10011 => NoData: "no data",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetCloudBaseStatistics {
    /// Which figures to read.
    pub action: StatisticsAction,
    /// The first moment (Unix seconds).
    pub begin_date: i64,
    /// The last moment (Unix seconds).
    pub end_date: i64,
    /// Paging offset; required for the overview and conversion figures.
    pub page_offset: Option<u32>,
    /// Paging limit; required for the overview and conversion figures.
    pub page_limit: Option<u32>,
    /// The query conditions.
    pub condition: Option<StatisticsCondition>,
}

crate::wire_enum! {
    /// Which figures `getCloudBaseStatistics` reads (`action`).
    pub enum StatisticsAction: text {
        /// `smsMarketingOverviewData`: the SMS marketing overview.
        SmsMarketingOverviewData = "smsMarketingOverviewData",
        /// `smsMarketingConversionData`: the SMS marketing conversion.
        SmsMarketingConversionData = "smsMarketingConversionData",
        /// `smsMarketingRealTimeData`: the SMS marketing real-time figures.
        SmsMarketingRealTimeData = "smsMarketingRealTimeData",
    }
}

/// The query conditions (`condition`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StatisticsCondition {
    /// The CloudBase environment's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_id: Option<String>,
    /// The activity's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_id: Option<String>,
    /// `0` the overview, `1` one row per channel (for a pie chart); required for the overview figures.
    #[serde(
        default,
        deserialize_with = "crate::wechat::lenient::option_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub by_channel_id: Option<String>,
    /// The channel's id (CloudBase CMS uses `_cms_sms_`); required for the conversion and real-time figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// The behaviour counted; required for the real-time figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act_type: Option<StatisticsActType>,
}

crate::wire_enum! {
    /// The behaviour counted by the real-time figures (`act_type`).
    pub enum StatisticsActType: text {
        /// `h5`: the H5 page was opened.
        H5 = "h5",
        /// `wxapp`: the Mini Program was opened.
        Wxapp = "wxapp",
    }
}

/// The figures returned by `getCloudBaseStatistics`: a table of columns and rows.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudBaseStatistics {
    /// The columns.
    pub data_column: Vec<StatisticsColumn>,
    /// The rows.
    pub data_value: Vec<StatisticsRow>,
    /// The total number of rows.
    pub total_num: i64,
}

/// A column (`data_column`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StatisticsColumn {
    /// The column's id.
    pub col_id: String,
    /// The column's name.
    pub col_name: String,
    /// The type of the column's values.
    pub col_data_type: Option<StatisticsDataType>,
}

crate::wire_enum! {
    /// The type of a column's values (`col_data_type`, a digit string).
    pub enum StatisticsDataType: text {
        /// `0`: string.
        Text = "0",
        /// `1`: number.
        Number = "1",
        /// `2`: double.
        Double = "2",
    }
}

/// A row (`data_value`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StatisticsRow {
    /// The row's values, as strings, in column order.
    pub data_value: Vec<String>,
}
