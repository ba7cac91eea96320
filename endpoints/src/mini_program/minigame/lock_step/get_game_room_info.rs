//! `lock-step.getGameRoomInfo`: `GET /wxa/getwxagameroominfo`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/lock-step/lock-step.getGameRoomInfo.html>.
//! Note: the newer page (api_lock-step.getgameroominfo) says third-party platforms cannot call it:
//! the game's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A room's state (`room_state`).
    pub enum RoomState: code {
        /// 1: forming teams.
        Forming = 1,
        /// 2: the room's game has started.
        GameStarted = 2,
        /// 3: the room's game has ended.
        GameEnded = 3,
        /// 4: the room is destroyed.
        Destroyed = 4,
    }
}

crate::wire_enum! {
    /// A member's role in a room (`role`).
    pub enum RoomRole: code {
        /// 0: an ordinary member.
        Member = 0,
        /// 1: the room's owner.
        Owner = 1,
    }
}

/// Reads a lock-step room's information and members.
#[wx_endpoint(
    name = "lock-step.getGameRoomInfo",
    path = "/wxa/getwxagameroominfo",
    method = GET,
    credential = app,
    response = GameRoom,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGameRoomInfo {
    /// The room / game access credential (not an access_token).
    #[wx(non_empty)]
    pub access_info: String,
}

/// A room, as `lock-step.getGameRoomInfo` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameRoom {
    /// The room's data.
    pub data: GameRoomData,
}

/// A room's data (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameRoomData {
    /// The room's id.
    pub room_id_str: String,
    /// The room's state.
    pub room_state: Option<RoomState>,
    /// The most members the room holds.
    pub max_member_num: u32,
    /// When the room was created.
    pub create_timestamp: i64,
    /// When the room was last updated.
    pub update_timestamp: i64,
    /// The period of the game's frames, in ms.
    pub game_tick: u32,
    /// The percentage of players whose "start" begins the lock-step game (50 means 50%).
    pub start_percent: u32,
    /// The game's duration in seconds.
    pub game_last_time: u32,
    /// The developer's game version.
    pub game_version: i64,
    /// The access_info of the room's game.
    pub game_access_info: String,
    /// The UDP reliability strategy: 0 full redundancy, N fixed redundancy of N frames.
    pub udp_reliability_strategy: u32,
    /// The developer's buffer, at most 32 bytes.
    pub room_ext_info: String,
    /// The game's random seed.
    pub seed: String,
    /// The members.
    pub member_list: Vec<RoomMember>,
}

/// One room member (`member_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RoomMember {
    /// Whether the player is ready.
    pub is_ready: bool,
    /// The member's role.
    pub role: Option<RoomRole>,
    /// The seat number, from 0.
    pub pos_num: u32,
    /// The avatar's URL (only when the user authorized it).
    pub headimg: String,
    /// The nickname (only when the user authorized it).
    pub nickname: String,
    /// The member's unique id in the room.
    pub client_id: i64,
    /// Whether the member is ready for the game to start.
    pub enable_to_start: bool,
    /// The developer's buffer for the member, at most 32 bytes.
    pub member_ext_info: String,
}
