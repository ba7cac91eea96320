//! Types shared by the follow commands.

use serde::Deserialize;

/// One user's result in a batch follow or unfollow (`ResultItem`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowResult {
    /// The user followed or unfollowed.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// This user's result code (0 = done).
    pub result_code: Option<i64>,
    /// This user's error message; empty on success.
    pub result_info: Option<String>,
}

impl FollowResult {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The per-user results of `follow_add` / `follow_delete`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowResults {
    /// One result per requested user.
    pub result_item: Vec<FollowResult>,
    /// Error detail for display; empty on success.
    pub error_display: String,
}
