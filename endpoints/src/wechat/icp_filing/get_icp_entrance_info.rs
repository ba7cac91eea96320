//! `getIcpEntranceInfo`: `GET /wxa/icp/get_icp_entrance_info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/getIcpEntranceInfo.html>.
//! Unverified: the page is not in the stored corpus: the status values, `available` and `sms_verify_status` as other
//! projects transcribe it; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the Mini Program's filing status and, when it was rejected, the reasons.
#[wx_endpoint(
    name = "getIcpEntranceInfo",
    path = "/wxa/icp/get_icp_entrance_info",
    method = GET,
    response = IcpEntrance,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetIcpEntranceInfo;

/// The answer of `getIcpEntranceInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpEntrance {
    /// The filing's status.
    pub info: IcpEntranceInfo,
}

/// The filing's status (`info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpEntranceInfo {
    /// The filing's status.
    pub status: Option<IcpFilingStatus>,
    /// Whether the filing is being cancelled.
    pub is_canceling: bool,
    /// Why the filing was rejected, field by field.
    pub audit_data: Vec<IcpAuditData>,
    /// Whether the filing entrance is open to this Mini Program: 0 closed, 1 open (applications need it open).
    pub available: i64,
    /// The authority's SMS check, meaningful while the status is 4.
    pub sms_verify_status: Option<IcpSmsVerifyStatus>,
}

/// A field of the filing that was rejected (`audit_data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpAuditData {
    /// The rejected field's (Chinese) name.
    pub key_name: String,
    /// Why it was rejected.
    pub error: String,
    /// How to fix it.
    pub suggest: String,
}

crate::wire_enum! {
    /// A filing's status (`status`).
    pub enum IcpFilingStatus: code {
        /// 2: under the platform's review.
        PlatformReviewing = 2,
        /// 3: rejected by the platform.
        PlatformRejected = 3,
        /// 4: under the authority's review.
        AuthorityReviewing = 4,
        /// 5: rejected by the authority.
        AuthorityRejected = 5,
        /// 6: filed.
        Filed = 6,
        /// 1024: not filed.
        NotFiled = 1024,
        /// 1025: not filed; the Mini Program's information is missing.
        NotFiledInfoMissing = 1025,
        /// 1026: not filed; the Mini Program's categories are missing.
        NotFiledCategoryMissing = 1026,
        /// 1027: not filed; information and categories are missing.
        NotFiledInfoAndCategoryMissing = 1027,
        /// 1028: not filed; the Mini Program is not verified.
        NotFiledUnverified = 1028,
        /// 1029: not filed; information missing, not verified.
        NotFiledInfoMissingUnverified = 1029,
        /// 1030: not filed; categories missing, not verified.
        NotFiledCategoryMissingUnverified = 1030,
        /// 1031: not filed; information and categories missing, not verified.
        NotFiledInfoAndCategoryMissingUnverified = 1031,
    }
}

crate::wire_enum! {
    /// The authority's SMS check (`sms_verify_status`).
    pub enum IcpSmsVerifyStatus: code {
        /// 1: waiting for the check.
        Waiting = 1,
        /// 2: checked.
        Verified = 2,
        /// 3: the check timed out.
        TimedOut = 3,
    }
}
