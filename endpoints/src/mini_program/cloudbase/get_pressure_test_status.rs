//! `getPressureTestStatus`: `POST /tcb/getpressureteststatus`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getPressureTestStatus.html>.
//! Unverified: the page is not in the stored corpus (it appears withdrawn from the current documents); the fields and
//! their types follow the corpus samples only, the interface name follows the page's URL, and no permission set, error
//! table or list of `status` values could be read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the state of a pressure test created by `createPressureTest`.
#[wx_endpoint(
    name = "getPressureTestStatus",
    path = "/tcb/getpressureteststatus",
    response = PressureTestStatus,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPressureTestStatus {
    /// The pressure test's id.
    pub pressure_id: i64,
}

/// The state returned by `getPressureTestStatus`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestStatus {
    /// The test's state, e.g. `Crawling` (the values are undocumented).
    pub status: String,
    /// When the test began (Unix seconds).
    pub beg_time: i64,
    /// When the test ended (Unix seconds).
    pub end_time: i64,
}
