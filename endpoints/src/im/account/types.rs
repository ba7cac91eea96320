//! Types shared by the account commands.

use serde::{Deserialize, Serialize};

/// One account to check or delete: `{"UserID": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountId {
    /// The account's UserID.
    #[serde(rename = "UserID")]
    pub user_id: String,
}

impl AccountId {
    /// The account with this UserID.
    pub fn new(user_id: impl Into<String>) -> Self {
        AccountId { user_id: user_id.into() }
    }
}
