//! `get_subscriber_info`: `POST /v4/official_account_open_http_svc/get_subscriber_info`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60759>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::types::MsgFlag;
use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of an official account's subscribers; see [`subscribers`](super::subscribers) for every page as a stream.
#[wx_endpoint(
    name = "get_subscriber_info",
    family = im,
    path = "/v4/official_account_open_http_svc/get_subscriber_info",
    response = SubscriberPage,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetSubscriberInfo {
    /// The official account: the `OfficialAccountUserID` returned at creation.
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
    /// The subscriber's user ID.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// When the user subscribed.
    #[serde(default)]
    pub subscribe_time: i64,
    /// Application-defined data of the subscriber.
    #[serde(default)]
    pub custom_string: String,
    /// The subscriber's message receiving option.
    pub msg_flag: Option<MsgFlag>,
    /// When the subscriber last sent a message.
    #[serde(default)]
    pub last_send_msg_time: i64,
}

/// A page; `next` is `""` after the last one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SubscriberPage {
    /// The marker for the next page: pass it as `next`; `""` after the last page.
    pub next: String,
    /// The total number of subscribers to the official account.
    pub subscriber_num: u64,
    /// The subscribers on this page.
    pub subscriber_list: Vec<Subscriber>,
}
