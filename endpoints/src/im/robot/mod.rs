//! Chatbot accounts (`/v4/openim_robot_http_svc/...`): special accounts whose UserID starts with
//! `@RBT#`. Every command: POST, at most 200 calls per second.

mod create_robot;
mod delete_robot;
mod errors;
mod get_all_robots;

pub use create_robot::{CreateRobot, CreateRobotError};
pub use delete_robot::{DeleteRobot, DeleteRobotError};
pub use errors::RobotError;
pub use get_all_robots::{GetAllRobots, GetAllRobotsError, RobotList};
