//! `create_official_account`: `POST /v4/official_account_open_http_svc/create_official_account`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use crate::wx_endpoint;
use serde::Deserialize;

/// Creates an official account owned by `Owner_Account`.
#[wx_endpoint(
    name = "create_official_account",
    family = im,
    path = "/v4/official_account_open_http_svc/create_official_account",
    response = CreatedAccount,
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
pub struct CreateOfficialAccount {
    /// The user who owns the account.
    #[serde(rename = "Owner_Account")]
    #[wx(non_empty)]
    pub owner_account: String,
    #[wx(non_empty, max_bytes = 150)]
    pub name: String,
    /// A chosen ID (prefix `@TOA#_`, at most 48 bytes); generated when unset.
    #[serde(rename = "OfficialAccountUserID")]
    #[wx(prefix = "@TOA#_", max_bytes = 48)]
    pub official_account_user_id: Option<String>,
    #[wx(max_bytes = 400)]
    pub introduction: Option<String>,
    #[wx(max_bytes = 500)]
    pub face_url: Option<String>,
    #[wx(max_bytes = 500)]
    pub organization: Option<String>,
    #[wx(max_bytes = 3000)]
    pub custom_string: Option<String>,
    /// 100,000 when unset.
    pub max_subscriber_num: Option<u32>,
}

/// The new account's ID.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CreatedAccount {
    #[serde(rename = "OfficialAccountUserID")]
    pub official_account_user_id: String,
}
