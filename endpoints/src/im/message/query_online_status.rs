//! `query_online_status`: `POST /v4/openim/query_online_status`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/35477>.
//! Note: the page's response example names the per-user state `State`, the platform detail's
//! `Status`; the Chinese twin names both `Status`. `Status` is read under both names.
//! Note: the page's request example has a trailing comma and its response example lacks a comma
//! after `"ErrorCode": 0`; the golden data fixes both.

use serde::Deserialize;

use super::types::AccountError;
use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the login state of up to 500 users, optionally per platform.
#[wx_endpoint(
    name = "query_online_status",
    family = im,
    path = "/v4/openim/query_online_status",
    response = OnlineStatuses,
    idempotent,
    errors(use ImCommonError, use OpenimError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct QueryOnlineStatus {
    /// 1: include each login platform's state; 0 (default) not.
    #[serde(rename = "IsNeedDetail")]
    #[wx(one_of = [0, 1])]
    pub is_need_detail: Option<u8>,
    /// The users to query (at most 500).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 500)]
    pub to_account: Vec<String>,
}

crate::wire_enum! {
    /// A login state.
    pub enum OnlineState: text {
        /// Connected to the IM backend.
        Online = "Online",
        /// Logged in but disconnected; reachable by offline push.
        PushOnline = "PushOnline",
        /// Logged out or never logged in.
        Offline = "Offline",
    }
}

/// One login platform's state (`Detail` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct PlatformState {
    /// The platform, e.g. `iPhone`, `Android`, `Web`, `PC`, `iPad`, `Mac`.
    pub platform: String,
    /// The state on this platform.
    pub status: Option<OnlineState>,
}

/// One user's login state (`QueryResult` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserOnlineState {
    /// The user's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The user's state (`State` in the English example, `Status` in the Chinese page).
    #[serde(alias = "State")]
    pub status: Option<OnlineState>,
    /// Per-platform states, when `IsNeedDetail` was 1.
    pub detail: Vec<PlatformState>,
}

/// The states read by `query_online_status`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct OnlineStatuses {
    /// One state per user found.
    pub query_result: Vec<UserOnlineState>,
    /// The users that could not be queried (70107: no such account).
    pub error_list: Vec<AccountError>,
}
