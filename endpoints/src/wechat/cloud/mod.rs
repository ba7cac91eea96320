//! CloudBase (云开发) on an authorized Mini Program's environments, called by the third-party platform on the
//! merchant's behalf: administration, database, environments, storage, cloud functions, message push and WeChat
//! Pay.

pub mod admin;
pub mod database;
pub mod env;
pub mod functions;
pub mod messages;
pub mod pay;
pub mod storage;
