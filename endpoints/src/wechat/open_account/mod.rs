//! The open platform account an authorizer is bound to.

use serde::Deserialize;

mod bind_open_account;
mod create_open_account;
mod get_open_account;
mod unbind_open_account;

pub use bind_open_account::{BindOpenAccount, BindOpenAccountError};
pub use create_open_account::{CreateOpenAccount, CreateOpenAccountError};
pub use get_open_account::{GetOpenAccount, GetOpenAccountError};
pub use unbind_open_account::{UnbindOpenAccount, UnbindOpenAccountError};

/// The open platform account's appid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct OpenAccount {
    /// The open platform account's appid.
    pub open_appid: String,
}
