//! `getNickNameStatus`: `POST /wxa/api_wxa_querynickname`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getNickNameStatus.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the review of a name set with `setNickName`.
#[wx_endpoint(
    name = "getNickNameStatus",
    path = "/wxa/api_wxa_querynickname",
    perm_sets = [30, 61],
    response = NickNameStatus,
    errors(
        use CommonError,
        91011 => NickNameAuditNotFound: "no nickname review was found",
        91012 => OtherError2: "other error",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetNickNameStatus {
    /// From `setNickName`.
    pub audit_id: u64,
}

/// The review of a name, as `getNickNameStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NickNameStatus {
    /// The name under review.
    pub nickname: String,
    /// 1 under review, 2 rejected, 3 approved.
    pub audit_stat: i64,
    /// Why the review failed.
    pub fail_reason: String,
    /// Unix time the name was submitted for review.
    pub create_time: i64,
    /// Unix time the review finished.
    pub audit_time: i64,
}
