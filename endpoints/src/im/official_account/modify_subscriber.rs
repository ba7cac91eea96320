//! `modify_subscriber_info`: `POST /v4/official_account_open_http_svc/modify_subscriber_info`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use crate::wx_endpoint;

/// Changes a subscriber's custom data.
#[wx_endpoint(
    name = "modify_subscriber_info",
    family = im,
    path = "/v4/official_account_open_http_svc/modify_subscriber_info",
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
pub struct ModifySubscriberInfo {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    #[serde(rename = "Subscriber_Account")]
    #[wx(non_empty)]
    pub subscriber_account: String,
    pub custom_string: Option<String>,
}
