//! `setSignature`: `POST /cgi-bin/account/modifysignature`, change the Mini Program's feature
//! introduction.
//!
//! Source: the official page
//! ([setSignature](https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setSignature.html)).
//! The machine translation of its 53204 note reads "Length of signature 4120"; we read it as
//! 4 to 120 characters (the digits of "4-120" with the dash lost), as the catalog records it.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes the feature introduction (signature) of the Mini Program; a limited number of changes
/// per month (53200).
#[wx_endpoint(
    name = "setSignature",
    path = "/cgi-bin/account/modifysignature",
    perm_sets = [3, 30, 61],
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        53200 => QuotaExceeded: "this month's feature introduction changes are used up",
        53201 => Blacklisted: "the feature introduction contains blacklisted keywords",
        53204 => InvalidSignature: "invalid feature introduction: it must have 4 to 120 characters",
    ),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SetSignature {
    /// The new feature introduction.
    #[wx(chars = 4..=120)]
    pub signature: String,
}
