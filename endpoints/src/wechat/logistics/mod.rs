//! WeChat logistics services: applying for logistics messages and the query and return components.

mod apply_msg_plugin;
mod apply_query_plugin;
mod apply_return_plugin;

pub use apply_msg_plugin::{ApplyMsgPlugin, ApplyMsgPluginError};
pub use apply_query_plugin::{ApplyQueryPlugin, ApplyQueryPluginError};
pub use apply_return_plugin::{ApplyReturnPlugin, ApplyReturnPluginError};
