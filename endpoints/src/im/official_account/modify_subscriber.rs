//! `modify_subscriber_info`: `POST /v4/official_account_open_http_svc/modify_subscriber_info`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60762>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes a subscriber's custom data.
#[wx_endpoint(
    name = "modify_subscriber_info",
    family = im,
    path = "/v4/official_account_open_http_svc/modify_subscriber_info",
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySubscriberInfo {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// The subscriber whose data to change.
    #[serde(rename = "Subscriber_Account")]
    #[wx(non_empty)]
    pub subscriber_account: String,
    /// The subscriber's new application-defined data.
    pub custom_string: Option<String>,
}
