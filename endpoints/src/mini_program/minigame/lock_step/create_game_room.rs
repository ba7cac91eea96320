//! `lock-step.createGameRoom`: `POST /wxa/createwxagameroom`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/lock-step/lock-step.createGameRoom.html>.
//! Note: the facts were read on the newer page api_lock-step.creategameroom, which says third-party
//! platforms cannot call it: the game's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a lock-step game room from the developer's server for a group of players.
#[wx_endpoint(
    name = "lock-step.createGameRoom",
    path = "/wxa/createwxagameroom",
    credential = app,
    response = CreatedGameRoom,
    errors(
        use CommonError,
        4003 => InvalidRequestData: "invalid request data",
        4013 => RoomExtInfoTooLarge: "the custom room information exceeds its size limit",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateGameRoom {
    /// The period of the game's logic frames, in ms; at least 33.
    pub game_tick: u32,
    /// The room members' OpenIDs.
    #[wx(non_empty)]
    pub open_id_list: Vec<String>,
    /// The UDP reliability strategy: N frames of fixed redundancy (3 recommended).
    pub udp_reliability_strategy: u32,
    /// Start once this percentage of players sent "start game" (0: the first one starts it; 50 means 50%).
    pub start_percent: u32,
    /// Whether the room needs the users' avatars and nicknames (users must have authorized them).
    pub need_user_info: Option<bool>,
    /// The game's duration in seconds, at most 3600; absent or 0 means 20 minutes.
    #[wx(range = 0..=3600)]
    pub game_last_time: Option<u32>,
    /// The developer's own room information, at most 32 bytes.
    #[wx(max_bytes = 32)]
    pub room_ext_info: Option<String>,
    /// Whether to generate a random game seed when the room is created.
    pub need_game_seed: Option<bool>,
}

/// The room created by `lock-step.createGameRoom`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CreatedGameRoom {
    /// The room's access data.
    pub data: RoomAccess,
}

/// A room's access data (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RoomAccess {
    /// The room / game access credential (not an access_token).
    pub access_info: String,
}
