//! `GetShareRatio`: `POST /wxa/getdefaultamsinfo?action=get_share_ratio`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/percentage/GetShareRatio.html>.
//! Note: the page's request line carries `action=get_share_ratio` (the catalog has no fixed query)
//! and the component_access_token as `access_token`. The English copy's sample spells the field
//! `helps`, a translation of `appid`, which the request table names.
//! Unverified: the stored copies of the page end at its error table's heading; the rows are those
//! the sibling page `GetCustomShareRatio` prints, without its 2061 (another SDK's transcription
//! of the Chinese page agrees).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the revenue share in effect: the platform's default share, or a Mini Program's.
#[wx_endpoint(
    name = "GetShareRatio",
    path = "/wxa/getdefaultamsinfo",
    query = "action=get_share_ratio",
    credential = component,
    credential_param = access_token,
    idempotent,
    response = ShareRatio,
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetShareRatio {
    /// The platform's own AppID for its default share, or a Mini Program's AppID for the share in
    /// effect for it.
    pub appid: String,
}

/// The revenue share, as `GetShareRatio` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ShareRatio {
    /// The platform's share of the ad revenue, in percent (40: the platform gets 40%, the Mini Program 60%).
    pub share_ratio: u32,
}
