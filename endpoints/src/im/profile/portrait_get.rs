//! `portrait_get`: `POST /v4/profile/portrait_get`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34917>.
//! Note: every account in the request must have been imported, or the call fails.

use serde::Deserialize;

use super::types::ProfileItem;
use super::ProfileError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads standard and custom profile fields of up to 100 users.
#[wx_endpoint(
    name = "portrait_get",
    family = im,
    path = "/v4/profile/portrait_get",
    response = Portraits,
    idempotent,
    errors(
        use ImCommonError,
        use ProfileError,
        40002 => MissingToAccount: "invalid request: To_Account is missing",
        40007 => ReadForbidden: "no permission to read the profile fields",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PortraitGet {
    /// The users whose profiles are read (at most 100).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 100)]
    pub to_account: Vec<String>,
    /// The profile fields to read: standard tags (`ProfileItem::NICK`, ...) or custom ones.
    #[wx(non_empty)]
    pub tag_list: Vec<String>,
}

/// One user's profile and result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserProfile {
    /// The user's ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The requested fields that are set.
    pub profile_item: Vec<ProfileItem>,
    /// This user's result code (0 = read), when present.
    pub result_code: Option<i64>,
    /// This user's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl UserProfile {
    /// This user's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The profiles read by `portrait_get`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Portraits {
    /// One profile per requested user.
    pub user_profile_item: Vec<UserProfile>,
    /// The users that could not be read; only present when at least one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
