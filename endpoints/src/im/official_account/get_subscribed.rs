//! `get_subscribed_official_account_list`: `POST /v4/official_account_open_http_svc/get_subscribed_official_account_list`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60763>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::types::{AccountInfo, ResponseFilter};
use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists the official accounts a user subscribes to.
#[wx_endpoint(
    name = "get_subscribed_official_account_list",
    family = im,
    path = "/v4/official_account_open_http_svc/get_subscribed_official_account_list",
    response = SubscribedAccounts,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetSubscribedOfficialAccountList {
    /// The user whose subscriptions to list.
    #[serde(rename = "Subscriber_Account")]
    #[wx(non_empty)]
    pub subscriber_account: String,
    /// How many accounts to return.
    pub limit: Option<u32>,
    /// Where to start in the list.
    pub offset: Option<u32>,
    /// Which profile fields to return; all when unset.
    pub response_filter: Option<ResponseFilter>,
}

/// The official accounts a user subscribes to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SubscribedAccounts {
    /// The subscribed accounts' profiles.
    pub official_account_info_list: Vec<AccountInfo>,
    /// The total number of subscribed accounts.
    pub total_count: u64,
    /// 1 when the list is complete.
    pub complete_flag: i64,
    /// The marker for the next page, when the server returns one.
    pub next: Option<String>,
}
