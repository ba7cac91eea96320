//! `getLiveReplay`: `POST /wxa/business/getliveinfo?action=get_replay`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/framework/liveplayer/studio-api.html#3>.
//! Note: the newer page getLiveInfo documents this as the `action: "get_replay"` form of
//! `getLiveInfo`; the name is chosen here. The action goes in the body as the page shows, and in the
//! query as the corpus records it. Replays (source videos without comments) appear about 10 minutes
//! after the stream ends. The table types `create_time` and `expire_time` as strings, the sample
//! answers numbers: both are read. Perm set 52 is getLiveInfo's.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// The action of `getLiveReplay`: always `get_replay`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplayAction {
    /// `get_replay`.
    #[default]
    #[serde(rename = "get_replay")]
    GetReplay,
}

/// Lists an ended live room's replay videos.
#[wx_endpoint(
    name = "getLiveReplay",
    path = "/wxa/business/getliveinfo",
    query = "action=get_replay",
    perm_sets = [52],
    response = LiveReplays,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetLiveReplay {
    /// Always `get_replay`.
    pub action: ReplayAction,
    /// The live room's id.
    pub room_id: i64,
    /// Where the page starts, from 0.
    pub start: u32,
    /// Videos per page; under 100 recommended.
    pub limit: u32,
}

/// The answer of `getLiveReplay`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveReplays {
    /// The number of videos.
    pub total: i64,
    /// The replay videos.
    pub live_replay: Vec<LiveReplay>,
}

/// A replay video (`live_replay`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveReplay {
    /// When the video was created; read from a string or a number.
    #[serde(deserialize_with = "crate::wechat::lenient::text")]
    pub create_time: String,
    /// When the video's URL expires; read from a string or a number.
    #[serde(deserialize_with = "crate::wechat::lenient::text")]
    pub expire_time: String,
    /// The video's URL.
    pub media_url: String,
}
