//! `qrcodeJumpDelete`: `POST /cgi-bin/wxopen/qrcodejumpdelete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/qrcode/qrcodejumpdelete.html>.
//! Note: the service account must be linked to the Mini Program first; a platform needs the
//! account's permission set 3 (else 61007). Name and permission sets 3 and 18 from the newer page
//! (doc/service/en/api/qrcode/qrcodejump/api_qrcodejumpdelete.html).
//! Note: that page marks `appid` required; the sample leaves it out, and the Open Platform page
//! (deleteJumpQRCode) needs it only for service-account QR code rules: it is optional here.
//! Unverified: the error table beyond 61007 (the stored copies end before it).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Deletes a rule that opens a Mini Program from QR codes.
#[wx_endpoint(
    name = "qrcodeJumpDelete",
    path = "/cgi-bin/wxopen/qrcodejumpdelete",
    perm_sets = [3, 18],
    errors(
        use CommonError,
        61007 => NotGrantedToComponent: "the account has not granted the platform permission set 3",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QrcodeJumpDelete {
    /// The rule: the QR code URL prefix (the service account's parametric QR code URL).
    #[wx(non_empty)]
    pub prefix: String,
    /// The Mini Program the codes open; needed for service-account QR code rules.
    pub appid: Option<String>,
}
