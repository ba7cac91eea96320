//! The error table the chatbot commands share.
//!
//! Source: the commands' official pages, e.g. deleting chatbots, which prints all three rows:
//! <https://www.tencentcloud.com/document/product/1047/55282>.

use crate::error_table;

error_table! {
    /// The errors the chatbot commands (`/v4/openim_robot_http_svc/...`) may answer.
    pub RobotError {
        10002 => InternalError: "internal error; try again",
        10004 => InvalidParameter: "invalid parameter; check the required fields and their format",
        10008 => InvalidRequest: "invalid request: not the administrator, or the chatbot limit is reached",
    }
}
