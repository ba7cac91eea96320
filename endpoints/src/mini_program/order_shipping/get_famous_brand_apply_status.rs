//! `getFamousBrandApplyStatus`: `POST /wxa/sec/famousbrand/get_status`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_getfamousbrandapplystatus.html>.
//! Unverified: the interface name (from the page's address; its English name was not read) and perm set 142
//! (read on famousBrandApply's page). The page's sample answers status 0, which its enums do not list.

use super::BrandApplyFor;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A brand application's review state (`status`).
    pub enum BrandApplyStatus: code {
        /// 1: under platform review.
        UnderReview = 1,
        /// 2: rejected.
        Rejected = 2,
        /// 3: approved.
        Approved = 3,
    }
}

/// Reads the review state of the Mini Program's brand application.
#[wx_endpoint(
    name = "getFamousBrandApplyStatus",
    path = "/wxa/sec/famousbrand/get_status",
    perm_sets = [142],
    response = BrandApplyProgress,
    errors(
        use CommonError,
        41001 => AccessTokenMissing: "access_token missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the HTTP request must use POST",
        44002 => EmptyPostBody: "the POST body is empty",
        47001 => InvalidFormat: "the input format is wrong",
        61004 => IpNotWhitelisted: "the calling IP is not in the IP whitelist",
        10210001 => InvalidParameter: "invalid parameter",
        10210002 => InvalidState: "wrong state",
        10210003 => ImageParseFailed: "an image could not be parsed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFamousBrandApplyStatus;

/// The brand application's progress returned by `getFamousBrandApplyStatus`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BrandApplyProgress {
    /// The application's progress.
    pub progress: BrandProgress,
    /// The application.
    pub application: BrandApplicationState,
}

/// A brand application's progress (`progress`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BrandProgress {
    /// The review state.
    pub status: Option<BrandApplyStatus>,
}

/// The application as reviewed (`application`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BrandApplicationState {
    /// What the application is for.
    pub apply_for: Option<BrandApplyFor>,
    /// The review's details.
    pub audit_info: BrandAuditResult,
    /// The review state.
    pub status: Option<BrandApplyStatus>,
}

/// A brand review's details (`application.audit_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BrandAuditResult {
    /// Why it was rejected; set only when rejected.
    pub audit_reason: String,
}
