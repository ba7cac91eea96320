//! `gamematch.createMatchRule`: `POST /wxa/business/gamematch/creatematchrule`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/gamematch/gamematch.createMatchRule.html>.
//! Note: a mini game holds at most 20 matchids. The newer page (api_gamematch.creatematchrule) says
//! third-party platforms cannot call it: the game's own token.

use super::GameRoomInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a match rule for a mini game and returns its matchid.
#[wx_endpoint(
    name = "gamematch.createMatchRule",
    path = "/wxa/business/gamematch/creatematchrule",
    credential = app,
    response = CreatedMatchRule,
    errors(
        use CommonError,
        200000 => InvalidRequestData: "invalid request data",
        500008 => TooManyPlayersForRoom: "the players a match needs exceed the room service's limit",
        500014 => MatchIdLimitReached: "the mini game holds the maximum number of matchids",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateMatchRule {
    /// The number of teams in a match result.
    pub team_count: u32,
    /// The number of members in each team.
    pub team_member_count: u32,
    /// 1 to create a lock-step room with each match result (team_count * team_member_count at most 10), 0 not.
    #[wx(one_of = [0, 1])]
    pub need_room_service_info: Option<u8>,
    /// The room to create, used when `need_room_service_info` is 1.
    pub game_room_info: Option<GameRoomInfo>,
}

/// The match rule created by `gamematch.createMatchRule`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CreatedMatchRule {
    /// The matchid: the match pool a player joins with `GameServerManager.startMatch`.
    pub match_id: String,
}
