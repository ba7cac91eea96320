//! Mini game matchmaking: match rules (`matchid`) and their open state.

use serde::{Deserialize, Serialize};

mod create_match_rule;
mod delete_match_rule;
mod get_all_match_rule;
mod set_match_id_open_state;
mod update_match_rule;

pub use create_match_rule::{CreateMatchRule, CreateMatchRuleError, CreatedMatchRule};
pub use delete_match_rule::{DeleteMatchRule, DeleteMatchRuleError};
pub use get_all_match_rule::{GetAllMatchRule, GetAllMatchRuleError, MatchOpenState, MatchRule, MatchRules};
pub use set_match_id_open_state::{MatchOpenStateSet, SetMatchIdOpenState, SetMatchIdOpenStateError};
pub use update_match_rule::{UpdateMatchRule, UpdateMatchRuleError};

/// The lock-step room created with each match (`game_room_info`), used when `need_room_service_info` is 1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GameRoomInfo {
    /// The period of the game's logic frames, in ms; at least 33.
    pub game_tick: u32,
    /// Start once this percentage of players sent "start game" (0: the first one starts it; 50 means 50%).
    pub start_percent: u32,
    /// The UDP reliability strategy: N frames of fixed redundancy (3 recommended).
    pub udp_reliability_strategy: u32,
    /// Whether the room needs the users' avatars and nicknames (users must have authorized them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_user_info: Option<bool>,
    /// The game's duration in seconds, at most one hour; absent or 0 means 20 minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_last_time: Option<u32>,
    /// Whether to generate a random game seed when the room is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_game_seed: Option<bool>,
}
