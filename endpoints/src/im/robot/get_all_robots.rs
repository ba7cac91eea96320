//! `get_all_robots`: `POST /v4/openim_robot_http_svc/get_all_robots`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/55280>.
//! Note: the page lists 10002 and 10008 (no 10004); the family table holds all three.

use serde::Deserialize;

use super::RobotError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists all chatbot accounts of the app.
#[wx_endpoint(
    name = "get_all_robots",
    family = im,
    path = "/v4/openim_robot_http_svc/get_all_robots",
    response = RobotList,
    idempotent,
    errors(use ImCommonError, use RobotError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetAllRobots {}

/// The app's chatbots.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RobotList {
    /// The chatbots' UserIDs.
    #[serde(rename = "Robot_Account")]
    pub robot_account: Vec<String>,
}
