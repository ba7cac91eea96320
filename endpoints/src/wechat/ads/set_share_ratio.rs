//! `SetShareRatio`: `POST /wxa/setdefaultamsinfo?action=set_share_ratio`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/percentage/SetShareRatio.html>.
//! Note: the page's request line carries `action=set_share_ratio` (the catalog has no fixed query)
//! and the component_access_token as `access_token`. Its request table and sample hold
//! `share_ratio` only; the catalog's sample adds an `appid`, which belongs to
//! `SetCustomShareRatio`. A new share takes effect only once each merchant confirms it while
//! (re)authorizing the permission set; `GetShareRatio` reads the share in effect.
//! Unverified: the stored copies of the page end after the error table's -202 row; the later rows
//! (1700, 1701, 1737, 2056) follow another SDK's transcription of the Chinese page.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Sets the platform's default share of all its Mini Programs' ad revenue.
#[wx_endpoint(
    name = "SetShareRatio",
    path = "/wxa/setdefaultamsinfo",
    query = "action=set_share_ratio",
    credential = component,
    credential_param = access_token,
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetShareRatio {
    /// The platform's default share, in percent (40: the platform gets 40%, the Mini Program 60%).
    #[wx(range = 0..=100)]
    pub share_ratio: u32,
}
