//! `add_subscriber`: `POST /v4/official_account_open_http_svc/add_subscriber`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60760>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use super::types::{SubscriberId, SubscriberOutcomes};
use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Subscribes up to 100 users; each gets its own result (0 failed, 1 added, 2 already subscribed).
#[wx_endpoint(
    name = "add_subscriber",
    family = im,
    path = "/v4/official_account_open_http_svc/add_subscriber",
    response = SubscriberOutcomes,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AddSubscriber {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// The users to subscribe (at most 100).
    #[serde(rename = "SubscriberList")]
    #[wx(non_empty, max_items = 100)]
    pub subscribers: Vec<SubscriberId>,
}
