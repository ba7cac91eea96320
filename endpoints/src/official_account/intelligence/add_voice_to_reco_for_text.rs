//! `addVoiceToRecoForText`: `POST /cgi-bin/media/voice/addvoicetorecofortext`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/AI_Open_API.html#%E6%8E%A5%E5%8F%A3%E6%96%87%E6%A1%A3%E2%80%94%E2%80%94%E6%8F%90%E4%BA%A4%E8%AF%AD%E9%9F%B3>.
//! Note: the newer pages (doc/service/api/openpoc/ai/) say third-party platforms cannot call these interfaces and the
//! credential is the account's own access_token: `credential = app`.
//! Note: `format`, `voice_id` and `lang` travel in the query, as on the page's request line.
//! Unverified: the name (the newer page api_addvoicetorecofortext was not captured; `addVoiceToRecoForText` follows its
//! slug), the file's part name `media`, and the error table.
//! Note: the file: mp3, 16 kHz, mono, at most 1 MB; query the result with `queryRecoResultForText` within 10 seconds.

use super::VoiceLang;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Submits a voice file for speech-to-text recognition under a caller-chosen voice id.
#[wx_endpoint(
    name = "addVoiceToRecoForText",
    path = "/cgi-bin/media/voice/addvoicetorecofortext",
    credential = app,
    multipart,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AddVoiceToRecoForText {
    /// The file format; only `mp3` is supported.
    #[wx(query, non_empty)]
    pub format: String,
    /// The voice's unique id, chosen by the caller and used again to read the result.
    #[wx(query, non_empty)]
    pub voice_id: String,
    /// `zh_CN` (the default) or `en_US`.
    #[wx(query)]
    pub lang: Option<VoiceLang>,
    /// The voice file: mp3, 16 kHz, mono, at most 1 MB.
    #[wx(max_bytes = 1048576)]
    pub media: Upload,
}
