//! `gameMsgSecCheck`: `POST /wxa/game/content_spam/msg_sec_check`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/wxa-sec-check/gamesecurity.msgSecCheck.html>.
//! Note: the interface name is the newer page's (api_gamemsgseccheck); this page is titled
//! `gamesecurity.msgSecCheck`. The newer page says third-party platforms cannot call it: the game's
//! own token. Limits: 10,000 calls a minute and 10,000,000 a day per AppID.

use super::SecCheckResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks a text against game content rules, synchronously.
#[wx_endpoint(
    name = "gameMsgSecCheck",
    path = "/wxa/game/content_spam/msg_sec_check",
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
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GameMsgSecCheck {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The API version: always 2.
    #[wx(one_of = [2])]
    pub version: u8,
    /// The scene: 1 profile, 2 comment, 3 forum, 4 social log, 5 chat.
    #[wx(range = 1..=5)]
    pub scene: u8,
    /// The text to check, UTF-8, at most 2,500 characters.
    #[wx(chars = 1..=2500)]
    pub content: String,
    /// The user's nickname, UTF-8.
    pub nickname: Option<String>,
}
