//! Message extensions (`/v4/openim_msg_ext_http_svc/...`): custom key-value pairs on one-to-one
//! and group messages sent with extension support. Needs the Premium/Ultimate edition and the
//! feature enabled in the console. Every command: POST, at most 200 calls per second.

mod get_key_values;
mod group_get_key_values;
mod group_set_key_values;
mod set_key_values;
mod types;

pub use get_key_values::{GetKeyValues, GetKeyValuesError};
pub use group_get_key_values::{GroupGetKeyValues, GroupGetKeyValuesError};
pub use group_set_key_values::{GroupSetKeyValues, GroupSetKeyValuesError};
pub use set_key_values::{SetKeyValues, SetKeyValuesError};
pub use types::{ExtensionPage, ExtensionResult, KeyValue, OperateType, SetExtensionResults};
