//! Employment relationships: messages to bound users and unbinding.

mod send_employee_relation_msg;
mod unbind_user_b2c_auth_info;

pub use send_employee_relation_msg::{SendEmployeeRelationMsg, SendEmployeeRelationMsgError};
pub use unbind_user_b2c_auth_info::{UnbindUserB2cAuthInfo, UnbindUserB2cAuthInfoError};
