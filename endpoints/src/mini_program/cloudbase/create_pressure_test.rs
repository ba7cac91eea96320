//! `createPressureTest`: `POST /tcb/createpressuretesttask`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.createPressureTest.html>.
//! Unverified: the page is not in the stored corpus (it appears withdrawn from the current documents); the fields and
//! their types follow the corpus samples only, the interface name follows the page's URL, and no permission set or
//! error table could be read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a pressure test of a Mini Program page.
#[wx_endpoint(
    name = "createPressureTest",
    path = "/tcb/createpressuretesttask",
    response = PressureTestCreated,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreatePressureTest {
    /// The page to test, e.g. `pages/index/index`.
    pub task_url: String,
    /// How many workers run the test.
    pub run_count: u32,
    /// How long the test runs, in seconds.
    pub run_time: u32,
    /// The test's source type, as an enumerated code (meaning undocumented).
    pub source_type: u32,
}

/// The pressure test created by `createPressureTest`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PressureTestCreated {
    /// The pressure test's id, for `getPressureTestStatus` and `getPressureTestReport`.
    pub pressure_id: i64,
}
