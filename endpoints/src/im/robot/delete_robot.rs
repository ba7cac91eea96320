//! `delete_robot`: `POST /v4/openim_robot_http_svc/delete_robot`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/55282>.

use serde::Deserialize;

use super::RobotError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Invalidates a chatbot account; its UserID itself is not deleted.
#[wx_endpoint(
    name = "delete_robot",
    family = im,
    path = "/v4/openim_robot_http_svc/delete_robot",
    errors(use ImCommonError, use RobotError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct DeleteRobot {
    /// The chatbot's UserID: starts with `@RBT#`, at most 32 bytes.
    #[serde(rename = "Robot_Account")]
    #[wx(prefix = "@RBT#", max_bytes = 32)]
    pub robot_account: String,
}
