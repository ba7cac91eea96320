//! `queryRecoResultForText`: `POST /cgi-bin/media/voice/queryrecoresultfortext`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/AI_Open_API.html#%E6%8E%A5%E5%8F%A3%E6%96%87%E6%A1%A3%E2%80%94%E2%80%94%E8%8E%B7%E5%8F%96%E8%AF%AD%E9%9F%B3%E8%AF%86%E5%88%AB%E7%BB%93%E6%9E%9C>.
//! Note: name and error table (-1 and 40001 only) from the newer page doc/subscription/api/openpoc/ai/api_queryrecoresultfortext.html;
//! it says third-party platforms cannot call it and the credential is the account's own access_token: `credential = app`.
//! Note: `voice_id` and `lang` travel in the query, as on the page's request line; the body is then `{}`.

use super::VoiceLang;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the recognised text of a voice submitted with `addVoiceToRecoForText` (call within 10 seconds of the upload).
#[wx_endpoint(
    name = "queryRecoResultForText",
    path = "/cgi-bin/media/voice/queryrecoresultfortext",
    credential = app,
    idempotent,
    response = RecoResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryRecoResultForText {
    /// The voice id given at upload.
    #[wx(query, non_empty)]
    pub voice_id: String,
    /// `zh_CN` (the default) or `en_US`.
    #[wx(query)]
    pub lang: Option<VoiceLang>,
}

/// The recognition result returned by `queryRecoResultForText`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RecoResult {
    /// The recognised text.
    pub result: String,
}
