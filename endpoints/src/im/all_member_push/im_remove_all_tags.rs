//! `im_remove_all_tags`: `POST /v4/all_member_push/im_remove_all_tags`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37175>.
//! Note: the older page types `To_Account` as String, the current one as Array (its example is an
//! array); declared as the array.
//! Unverified: the stored page was cut inside its error table (90001 seen); the family's shared
//! rows are used.

use serde::Deserialize;

use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes all tags of up to 100 users. At most 100 calls per second.
#[wx_endpoint(
    name = "im_remove_all_tags",
    family = im,
    path = "/v4/all_member_push/im_remove_all_tags",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImRemoveAllTags {
    /// The users whose tags to delete (at most 100).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 100)]
    pub to_account: Vec<String>,
}
