//! `add_subscriber`: `POST /v4/official_account_open_http_svc/add_subscriber`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use super::types::{SubscriberId, SubscriberOutcomes};
use crate::wx_endpoint;

/// Subscribes up to 100 users; each gets its own result (0 failed, 1 added, 2 already subscribed).
#[wx_endpoint(
    name = "add_subscriber",
    family = im,
    path = "/v4/official_account_open_http_svc/add_subscriber",
    response = SubscriberOutcomes,
    errors(
        6017 => InvalidParameter: "invalid request parameter; modify and retry",
        10004 => InternalError: "internal server error; try again",
        20001 => InvalidPacket: "invalid request packet; modify and retry",
        20005 => ServerError: "internal server error; try again",
        130002 => InsufficientPermission: "insufficient operation permissions; check the request parameters against the error message",
        130004 => AccountNotFound: "the official account does not exist, or existed and was terminated",
        130007 => InvalidAccountId: "incorrect official account user ID; modify and retry",
        130008 => AccountIdTaken: "the official account user ID is already in use; modify and retry",
        131000 => ServiceNotEnabled: "the official account service is not enabled for this app; enable it and retry",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddSubscriber {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    #[serde(rename = "SubscriberList")]
    #[wx(non_empty, max_items = 100)]
    pub subscribers: Vec<SubscriberId>,
}
