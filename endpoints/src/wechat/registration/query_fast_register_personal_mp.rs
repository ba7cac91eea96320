//! `queryFastRegisterPersonalMp`: `POST /wxa/component/fastregisterpersonalweapp?action=query`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ind/fastRegisterPersonalMp.html>.
//! Note: the page documents this call as the query step of `fastRegisterPersonalMp` and gives it no name of its own; the name is chosen here.
//! Unverified: per-endpoint error table not captured.

use super::PersonalRegisterTask;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Queries a personal Mini Program registration task.
#[wx_endpoint(
    name = "queryFastRegisterPersonalMp",
    path = "/wxa/component/fastregisterpersonalweapp",
    query = "action=query",
    credential = component,
    response = PersonalRegisterTask,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryFastRegisterPersonalMp {
    /// The task's id, from `fastRegisterPersonalMp`.
    pub taskid: String,
}
