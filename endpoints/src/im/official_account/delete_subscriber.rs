//! `delete_subscriber`: `POST /v4/official_account_open_http_svc/delete_subscriber`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60761>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use super::types::SubscriberOutcomes;
use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Unsubscribes users; each gets its own result (0 failed, 1 removed, 2 was not subscribed).
#[wx_endpoint(
    name = "delete_subscriber",
    family = im,
    path = "/v4/official_account_open_http_svc/delete_subscriber",
    response = SubscriberOutcomes,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct DeleteSubscriber {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// The users to unsubscribe (a batch like `add_subscriber`'s, at most 100: unverified).
    #[serde(rename = "SubscriberToDel_Account")]
    #[wx(non_empty, max_items = 100)]
    pub subscribers: Vec<String>,
}
