//! `translateContent`: `POST /cgi-bin/media/voice/translatecontent`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/AI_Open_API.html#%E6%8E%A5%E5%8F%A3%E6%96%87%E6%A1%A3%E2%80%94%E2%80%94%E5%BE%AE%E4%BF%A1%E7%BF%BB%E8%AF%91>.
//! Note: name, fields and error table from the newer page doc/service/api/openpoc/ai/api_translatecontent.html; it says
//! third-party platforms cannot call it and the credential is the account's own access_token: `credential = app`.
//! Note: `lfrom` and `lto` travel in the query, as on the page's request line.
//! Unverified: the page puts the source text "in the body or as an uploaded file" without naming a field; it is
//! sent here as the JSON field `content`. The captured error table shows 40001 only.

use super::VoiceLang;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Translates text between Chinese and English.
#[wx_endpoint(
    name = "translateContent",
    path = "/cgi-bin/media/voice/translatecontent",
    credential = app,
    idempotent,
    response = Translation,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TranslateContent {
    /// The source language.
    #[wx(query)]
    pub lfrom: VoiceLang,
    /// The target language.
    #[wx(query)]
    pub lto: VoiceLang,
    /// The text to translate, UTF-8, at most 600 bytes.
    #[wx(max_bytes = 600)]
    pub content: String,
}

/// The translation returned by `translateContent`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Translation {
    /// The original text.
    pub from_content: String,
    /// The translated text.
    pub to_content: String,
}
