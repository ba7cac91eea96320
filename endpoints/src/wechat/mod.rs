//! WeChat Open Platform endpoints, by product area. A third-party platform calls them through
//! `client.authorizer(appid)`; an app calls them through the client with its own token.

pub mod basic_info;
pub mod category;
pub mod code;
pub mod domain;
mod errors;
mod lenient;
pub mod members;
pub mod open_account;
pub mod privacy;
pub mod qrcode;
pub mod store;

pub use errors::CommonError;
