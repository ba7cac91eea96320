//! Managed credentials: app, component and authorizer tokens, the verify ticket, refresh tokens and
//! granted permission sets, kept in a [`TokenStore`] shared by every process of a deployment.

mod clock;
pub mod endpoints;
mod manager;
#[cfg(feature = "redis")]
mod redis_store;
mod store;

pub use clock::{Clock, ManualClock, SystemClock};
pub(crate) use manager::TokenSettings;
pub use manager::{AppTokenMode, AuthType, Authorized, TokenManager};
#[cfg(feature = "redis")]
pub use redis_store::RedisStore;
pub use store::{MemoryStore, StoreError, StoreErrorKind, StoreKey, StoreKind, StoredValue, TokenStore};
