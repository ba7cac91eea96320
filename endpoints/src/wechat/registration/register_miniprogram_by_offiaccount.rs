//! `registerMiniprogramByOffiaccount`: `POST /cgi-bin/account/fastregister`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-officalaccount/registerMiniprogramByOffiaccount.html>.
//! Note: called with the Official Account's authorizer token; `ticket` comes back from the MP platform's scan page. Exchange `appid` + `authorization_code` for the new Mini Program's refresh token at once.
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Registers a Mini Program reusing a verified Official Account's subject (and, optionally, its verification).
#[wx_endpoint(
    name = "registerMiniprogramByOffiaccount",
    path = "/cgi-bin/account/fastregister",
    perm_sets = [27],
    response = OffiaccountRegistration,
    sensitive,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RegisterMiniprogramByOffiaccount {
    /// The Official Account's scan-authorization ticket, carried back by the MP platform's page.
    pub ticket: String,
}

/// The new Mini Program, as `registerMiniprogramByOffiaccount` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OffiaccountRegistration {
    /// The new Mini Program's AppID.
    pub appid: String,
    /// The new Mini Program's authorization code; exchange it for the refresh token at once.
    pub authorization_code: Option<Secret>,
    /// Whether reusing the Official Account's WeChat verification succeeded (a boolean; samples print `"true"`, both are read).
    #[serde(deserialize_with = "crate::wechat::lenient::bool")]
    pub is_wx_verify_succ: bool,
    /// Whether linking the Mini Program to the Official Account succeeded (a boolean; samples print `"true"`, both are read).
    #[serde(deserialize_with = "crate::wechat::lenient::bool")]
    pub is_link_succ: bool,
}
