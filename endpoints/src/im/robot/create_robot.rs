//! `create_robot`: `POST /v4/openim_robot_http_svc/create_robot`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/55281>.
//! Note: the stored page is cut after 10004 in its error table; 10008 is the family's row.

use serde::Deserialize;

use super::RobotError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Creates a chatbot account (UserID `@RBT#...`); creating the same UserID again creates one
/// chatbot. Each account may create at most 20 chatbots.
#[wx_endpoint(
    name = "create_robot",
    family = im,
    path = "/v4/openim_robot_http_svc/create_robot",
    errors(use ImCommonError, use RobotError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRobot {
    /// The chatbot's UserID: starts with `@RBT#`, at most 32 bytes.
    #[serde(rename = "UserID")]
    #[wx(prefix = "@RBT#", max_bytes = 32)]
    pub user_id: String,
    /// The chatbot's nickname.
    pub nick: Option<String>,
    /// The chatbot's avatar URL.
    pub face_url: Option<String>,
    /// The chatbot's status line (at most 500 bytes).
    #[wx(max_bytes = 500)]
    pub self_signature: Option<String>,
}
