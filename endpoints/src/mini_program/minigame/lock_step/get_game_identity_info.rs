//! `lock-step.getGameIdentityInfo`: `GET /wxa/getwxagameidentityinfo`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/lock-step/lock-step.getGameIdentityInfo.html>.
//! Note: the facts were read on the newer page api_lock-step.getgameidentityinfo, which says
//! third-party platforms cannot call it: the game's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the players' identities (client ids) in a finished game.
#[wx_endpoint(
    name = "lock-step.getGameIdentityInfo",
    path = "/wxa/getwxagameidentityinfo",
    method = GET,
    credential = app,
    response = GameIdentities,
    errors(
        use CommonError,
        1 => DataNotFound: "the data does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGameIdentityInfo {
    /// The game's `gameAccessInfo`, as `GameServerManager.onGameEnd` gave it.
    #[wx(non_empty)]
    pub access_info: String,
}

/// The players' identities, as `lock-step.getGameIdentityInfo` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameIdentities {
    /// The identity data.
    pub data: GameIdentityData,
}

/// The identity data (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameIdentityData {
    /// The players.
    pub info_list: Vec<GameIdentity>,
}

/// One player's identity (`info_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameIdentity {
    /// The player's unique id in the room (not the seat number; never changes once assigned).
    pub client_id: i64,
    /// The player's OpenID.
    pub open_id: String,
}
