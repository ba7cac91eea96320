//! `send_official_account_msg`: `POST /v4/official_account_open_http_svc/send_official_account_msg`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60810>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::OfficialAccountError;
use crate::im::msg::{MsgElement, OfflinePushInfo};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Broadcasts a message to the subscribers (at most 1 per second and 2 broadcasts per hour per account; identical content within 5 minutes with the same `Random` is dropped).
#[wx_endpoint(
    name = "send_official_account_msg",
    family = im,
    path = "/v4/official_account_open_http_svc/send_official_account_msg",
    response = SentMsg,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendOfficialAccountMsg {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// De-duplicates re-sends within 5 minutes.
    pub random: u32,
    /// The message's elements.
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Application-defined data carried with the message.
    pub cloud_custom_data: Option<String>,
    /// Offline push settings.
    pub offline_push_info: Option<OfflinePushInfo>,
    /// 1: only online subscribers receive it.
    #[wx(one_of = [0, 1])]
    pub online_only_flag: Option<u8>,
}

/// The sent message's time and key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SentMsg {
    /// When the message was sent.
    pub msg_time: i64,
    /// Needed to recall the message.
    pub msg_key: String,
}
