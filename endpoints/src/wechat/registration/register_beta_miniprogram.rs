//! `registerBetaMiniprogram`: `POST /wxa/component/fastregisterbetaweapp`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-regist-beta/registerBetaMiniprogram.html>.
//! Note: the user becomes the trial Mini Program's administrator after confirming through `authorize_url`; the result is pushed to the authorization event URL.
//! Note: the name gets the suffix "体验小程序" and must be 4-30 characters as WeChat counts them; only the upper bound is checked here.
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a trial (beta) Mini Program whose administrator is the given user.
#[wx_endpoint(
    name = "registerBetaMiniprogram",
    path = "/wxa/component/fastregisterbetaweapp",
    credential = component,
    credential_param = access_token,
    response = BetaRegistration,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RegisterBetaMiniprogram {
    /// The Mini Program's name; brand keywords are refused.
    #[wx(chars = ..=30)]
    pub name: String,
    /// The OpenID (not the WeChat ID) of the user who becomes the administrator.
    pub openid: String,
}

/// The trial Mini Program task, as `registerBetaMiniprogram` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BetaRegistration {
    /// The task's id; the creation event carries it back.
    pub unique_id: String,
    /// The URL the user opens to confirm the creation.
    pub authorize_url: String,
}
