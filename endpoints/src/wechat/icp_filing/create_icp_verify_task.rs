//! `createIcpVerifyTask`: `POST /wxa/icp/create_icp_verifytask`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/createIcpVerifyTask.html>
//! (now at `.../miniprogram-management/wxverifyicp/createIcpVerifyTask.html`, which gives the fields and permission sets).
//! Note: the task_id lasts 3 days for a filing (1 day with `along_with_auth`); the notice to the administrator 24 hours.
//! Unverified: error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends the Mini Program's administrator a face-verification notice for the filing; poll with `queryIcpVerifyTask`.
#[wx_endpoint(
    name = "createIcpVerifyTask",
    path = "/wxa/icp/create_icp_verifytask",
    perm_sets = [18, 156],
    response = IcpVerifyTaskCreated,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateIcpVerifyTask {
    /// True for the combined verification-and-filing flow; false (the default) for a filing alone.
    pub along_with_auth: Option<bool>,
}

/// The face-verification task created by `createIcpVerifyTask`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpVerifyTaskCreated {
    /// The task's id, for `queryIcpVerifyTask` and the principal's `verify_task_id`.
    pub task_id: String,
    /// The verification URL; returned when `along_with_auth` is true.
    pub verify_url: String,
}
