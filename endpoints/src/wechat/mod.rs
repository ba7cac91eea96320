//! WeChat Open Platform endpoints, by product area (feature `open-platform`), and what every WeChat
//! endpoint shares (`CommonError`). A third-party platform calls them through
//! `client.authorizer(appid)`; an app calls them through the client with its own token.

#[cfg(feature = "open-platform")]
pub mod account_link;
#[cfg(feature = "open-platform")]
pub mod ads;
#[cfg(feature = "open-platform")]
pub mod analysis;
#[cfg(feature = "open-platform")]
pub mod authorization;
#[cfg(feature = "open-platform")]
pub mod basic_info;
#[cfg(feature = "open-platform")]
pub mod category;
#[cfg(feature = "open-platform")]
pub mod cloud;
#[cfg(feature = "open-platform")]
pub mod cloud_batch;
#[cfg(feature = "open-platform")]
pub mod cloud_jobs;
#[cfg(feature = "open-platform")]
pub mod cloud_run;
#[cfg(feature = "open-platform")]
pub mod code;
#[cfg(feature = "open-platform")]
pub mod customer_service;
#[cfg(feature = "open-platform")]
pub mod domain;
#[cfg(feature = "open-platform")]
pub mod embedded;
mod errors;
#[cfg(feature = "open-platform")]
pub mod icp_filing;
pub(crate) mod lenient;
#[cfg(feature = "open-platform")]
pub mod live_player;
#[cfg(feature = "open-platform")]
pub mod login;
#[cfg(feature = "open-platform")]
pub mod logistics;
#[cfg(feature = "open-platform")]
pub mod members;
#[cfg(feature = "open-platform")]
pub mod open_account;
#[cfg(feature = "open-platform")]
pub mod platform;
#[cfg(feature = "open-platform")]
pub mod privacy;
#[cfg(feature = "open-platform")]
pub mod qrcode;
#[cfg(feature = "open-platform")]
pub mod registration;
#[cfg(feature = "open-platform")]
pub mod service_market;
#[cfg(feature = "open-platform")]
pub mod shopping_orders;
#[cfg(feature = "open-platform")]
pub mod store;
#[cfg(feature = "open-platform")]
pub mod subscribe_component;
#[cfg(feature = "open-platform")]
pub mod verification;
#[cfg(feature = "open-platform")]
pub mod web_auth;

pub use errors::CommonError;
