//! `genShortKey`: `POST /cgi-bin/shorten/gen`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Account_Management/KEY_Shortener.html>.
//! Note: name from the newer page (doc/service/en/api/qrcode/shorten/api_genshortkey.html), which says
//! third-party platforms cannot call it: the account's own token only (`credential = app`).
//! Unverified: the error table (the stored copies end after -1 and 40001).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Stores up to 4 KB of data behind a short key (short key hosting), for at most 30 days.
#[wx_endpoint(
    name = "genShortKey",
    path = "/cgi-bin/shorten/gen",
    credential = app,
    response = ShortKey,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GenShortKey {
    /// The data to store, at most 4 KB.
    #[wx(non_empty, max_bytes = 4096)]
    pub long_data: String,
    /// Seconds the key stays valid, at most 2592000 (30 days, the default).
    #[wx(range = 1..=2592000)]
    pub expire_seconds: u32,
}

/// The short key `genShortKey` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ShortKey {
    /// The short key: 15 bytes of base62 (`0-9`, `a-z`, `A-Z`).
    pub short_key: String,
}
