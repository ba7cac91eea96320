//! `gamematch.updateMatchRule`: `POST /wxa/business/gamematch/updatematchrule`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/gamematch/gamematch.updateMatchRule.html>.
//! Note: only a closed matchid can be changed (see `gamematch.setMatchIdOpenState`). The newer page
//! (api_gamematch.updatematchrule) says third-party platforms cannot call it: the game's own token.
//! Unverified: the page types `match_id` as a number, but matchids are strings (as the sample sends
//! them); typed as a string. This page's error table was not captured: the rows are the newer page's,
//! whose body table was copied from `setMatchIdOpenState` and is not used here.

use super::GameRoomInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes the match rule of a closed matchid.
#[wx_endpoint(
    name = "gamematch.updateMatchRule",
    path = "/wxa/business/gamematch/updatematchrule",
    credential = app,
    errors(
        use CommonError,
        1 => MatchIdNotFound: "the matchid does not exist",
        200000 => InvalidRequestData: "invalid request data",
        500005 => InvalidMatchId: "invalid matchid",
        500012 => InvalidOpenState: "invalid open_state value",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UpdateMatchRule {
    /// The matchid to change, as `gamematch.createMatchRule` returned it.
    #[wx(non_empty)]
    pub match_id: String,
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
