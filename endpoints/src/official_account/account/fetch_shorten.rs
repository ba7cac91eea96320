//! `fetchShorten`: `POST /cgi-bin/shorten/fetch`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Account_Management/KEY_Shortener.html>.
//! Note: name from the newer page (doc/service/en/api/qrcode/shorten/api_fetchshorten.html), which says
//! third-party platforms cannot call it: the account's own token only (`credential = app`).
//! Unverified: the error table beyond 44002 (the stored copies end there).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads back the data stored behind a short key.
#[wx_endpoint(
    name = "fetchShorten",
    path = "/cgi-bin/shorten/fetch",
    credential = app,
    idempotent,
    response = ShortKeyData,
    errors(
        use CommonError,
        44002 => EmptyPostData: "empty POST body",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FetchShorten {
    /// The short key `genShortKey` answered.
    #[wx(non_empty)]
    pub short_key: String,
}

/// The data behind a short key, as `fetchShorten` answers it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ShortKeyData {
    /// The stored data.
    pub long_data: String,
    /// Unix time the key was created.
    pub create_time: i64,
    /// Seconds left before the key expires.
    pub expire_seconds: u64,
}
