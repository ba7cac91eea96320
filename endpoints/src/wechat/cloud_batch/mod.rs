//! Batch CloudBase management for a third-party platform (component_access_token): the platform's
//! environments, databases, cloud functions, storage and static hosting, shared with its Mini Programs.

pub mod database;
pub mod env;
pub mod functions;
pub mod static_hosting;
pub mod storage;
