//! `addDelayedFunctionTask`: `POST /tcb/adddelayedfunctiontask`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.addDelayedFunctionTask.html>.
//! Note: permission sets 49 and 64 are from the OpenApiDoc twin (miniprogram/dev/OpenApiDoc/cloudbase/addDelayedFunctionTask.html);
//! the newer server/API page names 49 only. The error rows -501000 and -1000 come from the newer page
//! (server/API/cloudbase/functions/api_adddelayedfunctiontask.html); the stored page lists no own codes.

use crate::wechat::CommonError;
use crate::{wx_endpoint, JsonString};
use serde::Deserialize;

/// Calls a cloud function of a CloudBase environment after a delay.
#[wx_endpoint(
    name = "addDelayedFunctionTask",
    path = "/tcb/adddelayedfunctiontask",
    perm_sets = [49, 64],
    errors(
        use CommonError,
        -501000 => InvalidEnv: "invalid parameter: the env check failed",
        -1000 => SystemError: "system error",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddDelayedFunctionTask {
    /// The CloudBase environment's id.
    pub env: String,
    /// The cloud function's name.
    pub function_name: String,
    /// The delay in seconds: from 6 seconds to 30 days.
    #[wx(range = 6..=2592000)]
    pub delay_time: u32,
    /// The data the function receives: free-form JSON, sent as a JSON string.
    pub data: JsonString<serde_json::Value>,
}
