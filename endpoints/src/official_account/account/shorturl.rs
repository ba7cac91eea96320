//! `shorturl`: `POST /cgi-bin/shorturl`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Account_Management/URL_Shortener.html>.
//! Note: the page names no interface; the name is the path's last segment. For verified service accounts.
//! Unverified: WeChat announced that this call stops generating short links (from 2021-03-15; short key
//! hosting, `genShortKey`, replaces it); the page has no error table (its example failure is 40013, invalid AppID).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Converts a long URL (`http://`, `https://`, `weixin://wxpay`) into a short one, e.g. for faster-scanning QR codes.
#[wx_endpoint(
    name = "shorturl",
    path = "/cgi-bin/shorturl",
    response = ShortenedUrl,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Shorturl {
    /// Always `long2short`.
    pub action: String,
    /// The URL to shorten: `http://`, `https://` or `weixin://wxpay`.
    #[wx(non_empty)]
    pub long_url: String,
}

/// The short URL `shorturl` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ShortenedUrl {
    /// The short URL.
    pub short_url: String,
}
