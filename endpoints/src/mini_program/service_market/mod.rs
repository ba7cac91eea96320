//! WeChat service market, caller side: invoking a provider's API.

mod invoke_service;

pub use invoke_service::{InvokeService, InvokeServiceError, ServiceResult};
