//! `friend_add`: `POST /v4/sns/friend_add`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34902>.
//! Note: 30539 is reported per account when the peer requires approval: the request is pending, not failed.
//! Note: the batch limit of 1000 is printed in the page's `From_Account` row ("the number of friends
//! in a single request must not exceed 1000").

use serde::{Deserialize, Serialize};

use super::types::{AccountResults, AddType};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds one or more friends to a user's friend list, one-way or two-way.
#[wx_endpoint(
    name = "friend_add",
    family = im,
    path = "/v4/sns/friend_add",
    response = AccountResults,
    errors(
        use ImCommonError,
        use RelationError,
        30005 => SensitiveWords: "a relationship-chain field contains sensitive words",
        30009 => AddingForbidden: "the user has been forbidden from adding friends",
        30012 => TooManyPendingRequests: "the user has too many pending friend requests",
        30014 => PeerFriendListFull: "the user to add has too many friends",
        30515 => PeerInOwnBlocklist: "the user to add is on the requester's blocklist; remove it from the blocklist first",
        30516 => PeerDeniesRequests: "the user to add does not accept friend requests",
        30525 => BlockedByPeer: "the requester is on the other user's blocklist",
        30539 => PendingApproval: "the other user approves requests manually; the request was sent and awaits approval",
        30540 => RequestsThrottled: "too many friend requests in a short time; filtered for security, retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendAdd {
    /// The user who adds the friends.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The friends to add (at most 1000).
    #[wx(non_empty, max_items = 1000)]
    pub add_friend_item: Vec<AddFriendItem>,
    /// One-way or two-way; two-way when unset.
    pub add_type: Option<AddType>,
    /// 1: the administrator force-adds the friends (no approval); 0: an ordinary request.
    #[wx(one_of = [0, 1])]
    pub force_add_flags: Option<u8>,
}

/// One friend to add.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddFriendItem {
    /// The user to add as a friend.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The requester's remark for the friend (at most 96 bytes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// The friend list to put the friend in (one list when adding; name at most 30 bytes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// Where the request comes from: `AddSource_Type_` plus a keyword of at most 8 letters.
    pub add_source: String,
    /// The request's wording (at most 256 bytes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_wording: Option<String>,
}
