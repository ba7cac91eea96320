//! `snsUserInfo`: `GET /sns/userinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#3>.
//! Note: name and fields from the newer page doc/service/api/webdev/access/api_snsuserinfo.html; the request's
//! `access_token` is the user's web token (scope `snsapi_userinfo`), so no managed token is sent (`credential = none`).
//! Unverified: the error table was not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Reads the profile of a user who granted the `snsapi_userinfo` scope.
#[wx_endpoint(
    name = "snsUserInfo",
    path = "/sns/userinfo",
    method = GET,
    credential = none,
    response = SnsUser,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnsUserInfo {
    /// The user's web access token (from `snsAccessToken`).
    pub access_token: Secret,
    /// The user's OpenID.
    pub openid: String,
    /// The language of the place names.
    pub lang: Option<UserInfoLang>,
}

crate::wire_enum! {
    /// The language of a profile's place names (`lang`).
    pub enum UserInfoLang: text {
        /// `zh_CN`: simplified Chinese.
        ZhCn = "zh_CN",
        /// `zh_TW`: traditional Chinese.
        ZhTw = "zh_TW",
        /// `en`: English.
        En = "en",
    }
}

crate::wire_enum! {
    /// A user's gender (`sex`).
    pub enum Sex: code {
        /// 0: not given.
        Unspecified = 0,
        /// 1: male.
        Male = 1,
        /// 2: female.
        Female = 2,
    }
}

/// The profile returned by `snsUserInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SnsUser {
    /// The user's OpenID.
    pub openid: String,
    /// The nickname.
    pub nickname: String,
    /// The gender.
    pub sex: Option<Sex>,
    /// The province of the profile.
    pub province: String,
    /// The city of the profile.
    pub city: String,
    /// The country, e.g. `CN`.
    pub country: String,
    /// The avatar's URL; its last segment is the size (0 for 640x640, 46, 64, 96, 132); empty without an avatar.
    pub headimgurl: String,
    /// The user's privileges.
    pub privilege: Vec<String>,
    /// The UnionID, when the account is bound to an Open Platform account.
    pub unionid: Option<String>,
}
