//! `cloudbaseReportAPI`: `POST /tcb/cloudbasereport`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.report.html>.
//! Note: the interface name is the one of the newer page (server/API/cloudbase/others/api_cloudbasereportapi.html);
//! the stored page calls it `cloudbase.report`. Permission sets 49 and 64 are from the OpenApiDoc twin; the newer
//! page names 49 only. The page lists no own error codes (only -1).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reports a CloudBase event: an SMS task sent (`sendSmsTask`) or an H5 page opened (`openH5`).
#[wx_endpoint(
    name = "cloudbaseReportAPI",
    path = "/tcb/cloudbasereport",
    perm_sets = [49, 64],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CloudbaseReportApi {
    /// What is reported.
    pub report_action: ReportAction,
    /// The CloudBase environment's id.
    pub env_id: String,
    /// The activity's id.
    pub activity_id: String,
    /// The task's id; required for `sendSmsTask`.
    pub task_id: Option<String>,
    /// How many phone numbers the task sent to, as a string; required for `sendSmsTask`.
    pub phone_count: Option<String>,
    /// The channel's id (CloudBase CMS uses `_cms_sms_`); required for `openH5`.
    pub channel_id: Option<String>,
    /// The session's id; required for `openH5`.
    pub session_id: Option<String>,
}

crate::wire_enum! {
    /// What `cloudbaseReportAPI` reports (`report_action`).
    pub enum ReportAction: text {
        /// `sendSmsTask`: an SMS task was sent.
        SendSmsTask = "sendSmsTask",
        /// `openH5`: an H5 page was opened.
        OpenH5 = "openH5",
    }
}
