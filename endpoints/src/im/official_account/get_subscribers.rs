//! `get_subscriber_info`: `POST /v4/official_account_open_http_svc/get_subscriber_info`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use serde::Deserialize;

use super::types::MsgFlag;
use crate::wx_endpoint;

/// Reads a page of an official account's subscribers; see [`subscribers`](super::subscribers) for every page as a stream.
#[wx_endpoint(
    name = "get_subscriber_info",
    family = im,
    path = "/v4/official_account_open_http_svc/get_subscriber_info",
    response = SubscriberPage,
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
#[serde(rename_all = "PascalCase")]
pub struct GetSubscriberInfo {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// At most 200 per page.
    #[wx(range = 1..=200)]
    pub limit: Option<u32>,
    /// `""` for the first page, then the previous page's `Next`.
    pub next: String,
}

/// One subscriber.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Subscriber {
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    #[serde(default)]
    pub subscribe_time: i64,
    #[serde(default)]
    pub custom_string: String,
    pub msg_flag: Option<MsgFlag>,
    #[serde(default)]
    pub last_send_msg_time: i64,
}

/// A page; `next` is `""` after the last one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SubscriberPage {
    pub next: String,
    pub subscriber_num: u64,
    pub subscriber_list: Vec<Subscriber>,
}
