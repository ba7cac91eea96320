//! `queryIcpVerifyTask`: `POST /wxa/icp/query_icp_verifytask`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpVerifyTask.html>.
//! Unverified: the page is not in the stored corpus: `face_status` values and `along_with_auth_result` as other
//! projects transcribe it; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the state and result of a face-verification task from `createIcpVerifyTask`.
#[wx_endpoint(
    name = "queryIcpVerifyTask",
    path = "/wxa/icp/query_icp_verifytask",
    response = IcpVerifyTaskResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpVerifyTask {
    /// The task's id, as `createIcpVerifyTask` returned it.
    #[wx(non_empty)]
    pub task_id: String,
}

/// A face-verification task's state, as `queryIcpVerifyTask` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpVerifyTaskResult {
    /// Whether the task is finished; only then is `face_status` final.
    pub is_finish: bool,
    /// The verification's state.
    pub face_status: Option<IcpFaceStatus>,
    /// With `along_with_auth`: 9 when the verification's SMS check passed.
    pub along_with_auth_result: i64,
}

crate::wire_enum! {
    /// The state of a face verification (`face_status`).
    pub enum IcpFaceStatus: code {
        /// 0: not started.
        NotStarted = 0,
        /// 1: waiting.
        Waiting = 1,
        /// 2: failed.
        Failed = 2,
        /// 3: succeeded.
        Succeeded = 3,
    }
}
