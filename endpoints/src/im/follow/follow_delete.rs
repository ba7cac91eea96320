//! `follow_delete`: `POST /v4/follow/follow_delete`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/70346>.

use serde::Deserialize;

use super::types::FollowResults;
use super::FollowError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Makes `From_Account` unfollow up to 20 users; each gets its own result.
#[wx_endpoint(
    name = "follow_delete",
    family = im,
    path = "/v4/follow/follow_delete",
    response = FollowResults,
    errors(use ImCommonError, use FollowError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct FollowDelete {
    /// The user who unfollows.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to unfollow (at most 20).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 20)]
    pub to_account: Vec<String>,
}
