//! `get_subscriber_info`: `POST /v4/official_account_open_http_svc/get_subscriber_info`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60759>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::types::MsgFlag;
use super::OfficialAccountError;
use crate::wx_endpoint;

/// Reads a page of an official account's subscribers; see [`subscribers`](super::subscribers) for every page as a stream.
#[wx_endpoint(
    name = "get_subscriber_info",
    family = im,
    path = "/v4/official_account_open_http_svc/get_subscriber_info",
    response = SubscriberPage,
    errors(use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
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
