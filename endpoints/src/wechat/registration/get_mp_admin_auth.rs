//! `getmpadminauth`: `POST /wxa/getmpadminauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/verify_beta_Mini_Programs/getmpadminauth.html>.
//! Note: the page names no interface; the name is the path's last segment. Called with the trial Mini Program's authorizer token;
//! the Official Account's administrator confirms through `authorize_url`, which yields the `ticket` of `mpverifybetaweapp`.
//! Unverified: page not captured (facts from the golden entry and the verification flow); error table unknown.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets the link where an Official Account's administrator authorizes verifying a trial Mini Program with the Official Account's subject.
#[wx_endpoint(
    name = "getmpadminauth",
    path = "/wxa/getmpadminauth",
    response = MpAdminAuthUrl,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMpAdminAuth {
    /// The Official Account's AppID.
    pub mp_appid: String,
    /// 1 when the Mini Program's administrator is the Official Account's, 0 otherwise.
    #[wx(one_of = [0, 1])]
    pub same_admin: u8,
}

/// The authorization link, as `getmpadminauth` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MpAdminAuthUrl {
    /// The URL the Official Account's administrator opens to confirm.
    pub authorize_url: String,
}
