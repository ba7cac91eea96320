//! `getOrderPathInfo`: `POST /wxa/security/getorderpathinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getOrderPathInfo.html>.
//! Note: the page's request line is POST with `info_type` in the body (the newer page
//! api_getorderpathinfo says the same); the golden corpus lists GET. The newer page's example also
//! returns `come_from`, which its table does not list.
//! Unverified: the page's error table was not read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// The review status of an order-page path (`status`).
    pub enum OrderPathStatus: code {
        /// 2: under review.
        UnderReview = 2,
        /// 3: rejected.
        Rejected = 3,
        /// 4: approved.
        Approved = 4,
    }
}

/// Reads the order-page path of the live version or of the version under review.
#[wx_endpoint(
    name = "getOrderPathInfo",
    path = "/wxa/security/getorderpathinfo",
    perm_sets = [18],
    response = OrderPathInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetOrderPathInfo {
    /// 0 the live version, 1 the version under review.
    #[wx(one_of = [0, 1])]
    pub info_type: u8,
}

/// The order-page path information returned by `getOrderPathInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OrderPathInfo {
    /// The order-page path and its application.
    pub msg: OrderPath,
}

/// An order-page path and its application (`msg`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OrderPath {
    /// The order page's path.
    pub path: String,
    /// Image URLs submitted with the application (version under review only).
    pub img_list: Vec<String>,
    /// The video URL submitted with the application (version under review only).
    pub video: String,
    /// The test account submitted with the application (version under review only).
    pub test_account: String,
    /// The test password submitted with the application (version under review only).
    pub test_pwd: String,
    /// The test notes submitted with the application (version under review only).
    pub test_remark: String,
    /// Where the application came from (in the newer page's example, not in its table).
    pub come_from: i64,
    /// 2 under review, 3 rejected, 4 approved.
    pub status: Option<OrderPathStatus>,
    /// When the application was made (Unix seconds).
    pub apply_time: i64,
}
