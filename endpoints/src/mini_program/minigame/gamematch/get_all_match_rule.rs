//! `gamematch.getAllMatchRule`: `POST /wxa/business/gamematch/getallmatchrule`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/gamematch/gamematch.getAllMatchRule.html>.
//! Note: the request has no body fields. The newer page (api_gamematch.getallmatchrule) says
//! third-party platforms cannot call it: the game's own token.

use super::GameRoomInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Whether a matchid is open (`open_state`): only open matchids get a match pool.
    pub enum MatchOpenState: code {
        /// 0: closed.
        Closed = 0,
        /// 1: open.
        Open = 1,
    }
}

/// Lists a mini game's matchids with their match rules and open states.
#[wx_endpoint(
    name = "gamematch.getAllMatchRule",
    path = "/wxa/business/gamematch/getallmatchrule",
    credential = app,
    response = MatchRules,
    idempotent,
    errors(
        use CommonError,
        1 => MatchIdNotFound: "the matchid does not exist",
        200000 => InvalidRequestData: "invalid request data",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllMatchRule;

/// The match rules, as `gamematch.getAllMatchRule` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MatchRules {
    /// The mini game's match rules.
    pub match_rule_list: Vec<MatchRule>,
}

/// One match rule (`match_rule_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MatchRule {
    /// The matchid.
    pub match_id: String,
    /// The AppID of the mini game that created the matchid.
    pub appid: String,
    /// Whether the matchid is open.
    pub open_state: Option<MatchOpenState>,
    /// The number of teams in a match result.
    pub team_count: u32,
    /// The number of members in each team.
    pub team_member_count: u32,
    /// 1 when a lock-step room is created with each match result, 0 not.
    pub need_room_service_info: u8,
    /// The room created with each match.
    pub game_room_info: Option<GameRoomInfo>,
}
