//! WeChat Open Platform endpoints, by product area. A third-party platform calls them through
//! `client.authorizer(appid)`; an app calls them through the client with its own token.

pub mod account_link;
pub mod ads;
pub mod analysis;
pub mod authorization;
pub mod basic_info;
pub mod category;
pub mod cloud;
pub mod cloud_batch;
pub mod cloud_jobs;
pub mod cloud_run;
pub mod code;
pub mod domain;
pub mod embedded;
mod errors;
pub mod icp_filing;
mod lenient;
pub mod live_player;
pub mod login;
pub mod logistics;
pub mod members;
pub mod open_account;
pub mod platform;
pub mod privacy;
pub mod qrcode;
pub mod registration;
pub mod service_market;
pub mod shopping_orders;
pub mod store;
pub mod subscribe_component;
pub mod verification;
pub mod web_auth;

pub use errors::CommonError;
