//! `qrcodeJumpPublish`: `POST /cgi-bin/wxopen/qrcodejumppublish`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/qrcode/qrcodejumppublish.html>.
//! Note: the service account must be linked to the Mini Program first; a platform needs the
//! account's permission set 3 (else 61007). Name and permission sets 3 and 18 from the newer page
//! (doc/service/api/qrcode/qrcodejump/api_qrcodejumppublish).
//! Unverified: the error table beyond 61007 (the stored copies end before it).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Publishes a rule: users scanning a matching QR code then open the released Mini Program's page.
#[wx_endpoint(
    name = "qrcodeJumpPublish",
    path = "/cgi-bin/wxopen/qrcodejumppublish",
    perm_sets = [3, 18],
    errors(
        use CommonError,
        61007 => NotGrantedToComponent: "the account has not granted the platform permission set 3",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QrcodeJumpPublish {
    /// The rule: the QR code URL prefix (for a service account, its parametric QR code URL).
    #[wx(non_empty)]
    pub prefix: String,
}
