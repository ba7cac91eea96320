//! `follow_add`: `POST /v4/follow/follow_add`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/70345>.
//! Note: the response carries `ErrorDisplay` beside the envelope; it is typed in `FollowResults`.

use serde::{Deserialize, Serialize};

use super::types::FollowResults;
use super::FollowError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Makes `From_Account` follow up to 20 users; each gets its own result.
#[wx_endpoint(
    name = "follow_add",
    family = im,
    path = "/v4/follow/follow_add",
    response = FollowResults,
    errors(
        use ImCommonError,
        use FollowError,
        32100 => FollowingLimit: "From_Account already follows the system's maximum number of users",
        32101 => FollowerLimit: "To_Account already has the system's maximum number of followers",
        32102 => FromMutualLimit: "From_Account has reached the system's maximum of mutual follows",
        32103 => ToMutualLimit: "To_Account has reached the system's maximum of mutual follows",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FollowAdd {
    /// The user who follows.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to follow (at most 20).
    #[wx(non_empty, max_items = 20)]
    pub follow_item: Vec<FollowTarget>,
}

/// One user to follow: `{"To_Account": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowTarget {
    /// The user to follow.
    #[serde(rename = "To_Account")]
    pub to_account: String,
}
