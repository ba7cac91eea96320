//! `get_official_account_info`: `POST /v4/official_account_open_http_svc/get_official_account_info`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use serde::Deserialize;

use super::types::{AccountId, AccountInfo, ResponseFilter};
use crate::wx_endpoint;

/// Reads the profiles of up to 50 official accounts; each item carries its own result.
#[wx_endpoint(
    name = "get_official_account_info",
    family = im,
    path = "/v4/official_account_open_http_svc/get_official_account_info",
    response = AccountInfoList,
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
pub struct GetOfficialAccountInfo {
    #[serde(rename = "OfficialAccountIdList")]
    #[wx(non_empty, max_items = 50)]
    pub accounts: Vec<AccountId>,
    #[serde(rename = "ResponseFilter")]
    pub filter: Option<ResponseFilter>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AccountInfoList {
    #[serde(rename = "OfficialAccountInfoList", default)]
    pub accounts: Vec<AccountInfo>,
}
