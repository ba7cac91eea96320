//! Live streaming (the live-player plugin): rooms, replays, long-term subscribers and their pushes.

mod get_followers;
mod get_live_info;
mod get_live_replay;
mod push_message;
mod types;

pub use get_followers::{GetFollowers, GetFollowersError, LiveFollower, LiveFollowers};
pub use get_live_info::{GetLiveInfo, GetLiveInfoError, LiveGoods, LivePriceType, LiveRoom, LiveRooms};
pub use get_live_replay::{GetLiveReplay, GetLiveReplayError, LiveReplay, LiveReplays, ReplayAction};
pub use push_message::{LivePush, PushMessage, PushMessageError};
pub use types::LiveStatus;
