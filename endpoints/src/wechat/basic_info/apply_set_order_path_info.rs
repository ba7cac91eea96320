//! `applySetOrderPathInfo`: `POST /wxa/security/applysetorderpathinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/applySetOrderPathInfo.html>.
//! Note: called with the platform's own component_access_token, for up to 100 appids at once; each
//! appid's result is pushed to the platform later (`List` of `Appid`, `AuditId`, `RetCode`).
//! Unverified: the page lists no error codes of its own (its code table is for the pushed
//! per-appid results).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Applies for the order-page path of several authorized Mini Programs at once.
#[wx_endpoint(
    name = "applySetOrderPathInfo",
    path = "/wxa/security/applysetorderpathinfo",
    credential = component,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ApplySetOrderPathInfo {
    /// The application, with the appids it is for.
    pub batch_req: OrderPathApplication,
}

/// One order-page path application for a batch of Mini Programs (`batch_req`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderPathApplication {
    /// The order page's path.
    pub path: String,
    /// Image URLs for the review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub img_list: Option<Vec<String>>,
    /// A video URL for the review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<String>,
    /// A test account for the review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_account: Option<String>,
    /// The test account's password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_pwd: Option<String>,
    /// Notes for the reviewer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_remark: Option<String>,
    /// The Mini Programs applied for: at most 100 appids a call.
    pub appid_list: Vec<String>,
}
