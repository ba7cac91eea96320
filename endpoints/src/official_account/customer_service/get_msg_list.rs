//! `getMsgList`: `POST /customservice/msgrecord/getmsglist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Obtain_chat_transcript.html>.
//! Note: the interface name and permission sets were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/message/api_getmsglist>, whose request table says
//! "none" while its example sends the four fields the older page documents.
//! Unverified: the page's error table was cut after 65400 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads customer-service chat records of a period of at most 24 hours, at most 10000 at a time; images, voice and video show as `[image]`, `[voice]`, `[video]`.
#[wx_endpoint(
    name = "getMsgList",
    path = "/customservice/msgrecord/getmsglist",
    perm_sets = [1, 6, 19, 100..=101],
    idempotent,
    response = ChatRecords,
    errors(
        use CommonError,
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMsgList {
    /// Start of the period (Unix time).
    pub starttime: i64,
    /// End of the period (Unix time), at most 24 hours after `starttime`.
    pub endtime: i64,
    /// The message id to start from, ascending from 1 (the previous answer's `msgid` to page on).
    pub msgid: u64,
    /// How many records to fetch, at most 10000.
    #[wx(range = 1..=10000)]
    pub number: u32,
}

/// The chat records returned by `getMsgList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ChatRecords {
    /// The records.
    pub recordlist: Vec<ChatRecord>,
    /// How many records came.
    pub number: i64,
    /// The message id to ask for next.
    pub msgid: u64,
}

/// One chat record.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ChatRecord {
    /// The follower's OpenID.
    pub openid: String,
    /// What happened.
    pub opercode: Option<ChatOperCode>,
    /// The message text.
    pub text: String,
    /// When (Unix time).
    pub time: i64,
    /// The customer-service account, `prefix@official-account-wechat-id`.
    pub worker: String,
}

crate::wire_enum! {
    /// A chat record's operation (`opercode`).
    pub enum ChatOperCode: code {
        /// 2002: the customer-service account sent a message.
        WorkerSent = 2002,
        /// 2003: the customer-service account received a message.
        WorkerReceived = 2003,
    }
}
