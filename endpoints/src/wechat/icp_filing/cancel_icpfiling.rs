//! `cancelIcpfiling`: `POST /wxa/icp/cancel_icp_filing`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/cancelIcpfiling.html>.
//! Unverified: the page is not in the stored corpus: the name from its URL, `cancel_type`'s values as other projects
//! transcribe the page; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Cancels an ICP filing: the subject's, the Mini Program's, or the WeChat Mini Program's.
#[wx_endpoint(
    name = "cancelIcpfiling",
    path = "/wxa/icp/cancel_icp_filing",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CancelIcpfiling {
    /// What to cancel: 1 the subject's filing, 2 the Mini Program's filing, 3 the WeChat Mini Program's filing.
    #[wx(one_of = [1, 2, 3])]
    pub cancel_type: u8,
}
