//! `cancelApplyIcpFiling`: `POST /wxa/icp/cancel_apply_icp_filing`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogramcancel_apply_icp_filingmanagement/record/cancelApplyIcpFiling.html>
//! (as the corpus spells it; the page is `.../miniprogram-management/record/cancelApplyIcpFiling.html`).
//! Unverified: the page is not in the stored corpus: no request fields assumed (other projects send an empty body);
//! permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Withdraws the Mini Program's pending ICP filing application.
#[wx_endpoint(
    name = "cancelApplyIcpFiling",
    path = "/wxa/icp/cancel_apply_icp_filing",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CancelApplyIcpFiling;
