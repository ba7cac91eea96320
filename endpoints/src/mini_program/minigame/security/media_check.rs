//! `gamesecurity.mediaCheck`: `POST /wxa/game/content_spam/media_check_sync`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/wxa-sec-check/gamesecurity.mediaCheck.html>.
//! Note: the facts were read on the newer page api_gamesecurity.mediacheck, which says third-party
//! platforms cannot call it: the game's own token. Limits: 2,000 calls a minute and 200,000 a day per
//! AppID, files up to 10 MB; the image URL must be downloadable by the checking service.

use super::SecCheckResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks an image (by URL) against game content rules, synchronously.
#[wx_endpoint(
    name = "gamesecurity.mediaCheck",
    path = "/wxa/game/content_spam/media_check_sync",
    credential = app,
    response = SecCheckResult,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid OpenID",
        40129 => InvalidScene: "invalid scene (supported: 1 profile, 2 comment, 3 forum, 4 social log, 5 chat)",
        43002 => RequirePost: "this API requires POST",
        43104 => AppidOpenidMismatch: "the appid does not match the openid",
        44002 => EmptyBody: "the POST body is empty",
        47001 => InvalidBody: "the JSON body could not be parsed or a parameter is missing",
        750030 => InvalidVersion: "invalid version",
        750031 => GameNotSupported: "the game is not supported; ask the mini game team to configure it",
        750032 => MinuteQuotaExceeded: "calls this minute exceed the limit",
        750033 => DailyQuotaExceeded: "calls today exceed the limit",
        750034 => InvalidMediaType: "invalid media_type",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct MediaCheck {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The API version: always 2.
    #[wx(one_of = [2])]
    pub version: u8,
    /// The scene: 1 profile, 2 comment, 3 forum, 4 social log, 5 chat.
    #[wx(range = 1..=5)]
    pub scene: u8,
    /// The image's URL (jpg, jpeg, png, bmp, tif, tiff, webp, gif).
    #[wx(non_empty)]
    pub media_url: String,
    /// The media type: always 2 (image).
    #[wx(one_of = [2])]
    pub media_type: u8,
}
