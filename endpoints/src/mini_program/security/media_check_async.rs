//! `mediaCheckAsync`: `POST /wxa/media_check_async`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/sec-check/security.mediaCheckAsync.html>.
//! Note: files up to 10 MB; the result arrives within 30 minutes as the `wxa_media_check` event,
//! matched by `trace_id`. The facts and the error table were read on the newer page api_mediacheckasync.

use super::SecScene;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// The kind of media checked (`media_type`).
    pub enum SecMediaType: code {
        /// 1: audio.
        Audio = 1,
        /// 2: image.
        Image = 2,
    }
}

/// Starts an asynchronous check of an image or audio URL; the result is pushed as an event.
#[wx_endpoint(
    name = "mediaCheckAsync",
    path = "/wxa/media_check_async",
    perm_sets = [18],
    response = MediaCheckTask,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        40004 => InvalidMediaType: "invalid media_type: 1 audio, 2 image",
        43104 => OpenidAppidMismatch: "the openid does not belong to this appid",
        44991 => MinuteQuotaReached: "the per-minute call limit was exceeded",
        45009 => DailyQuotaReached: "the daily call limit was exceeded",
        61010 => VisitExpired: "the user has not visited the Mini Program in the last two hours",
        87020 => RepeatLimit: "repeated requests exceeded the limit",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MediaCheckAsync {
    /// The image (jpg, jpeg, png, bmp, gif: first frame) or audio (mp3, aac, ac3, wma, flac, vorbis, opus, wav) URL.
    #[wx(non_empty)]
    pub media_url: String,
    /// What the URL holds.
    pub media_type: SecMediaType,
    /// The API version: 2.
    #[wx(one_of = [2])]
    pub version: u32,
    /// Where the media appears.
    pub scene: SecScene,
    /// The user's openid; the user must have visited the Mini Program in the last two hours.
    #[wx(non_empty)]
    pub openid: String,
}

/// The answer of `mediaCheckAsync`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MediaCheckTask {
    /// The task's id, to match the pushed result.
    pub trace_id: String,
}
