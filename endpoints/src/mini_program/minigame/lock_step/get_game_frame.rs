//! `lock-step.getGameFrame`: `GET /wxa/getwxagameframe`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/lock-step/lock-step.getGameFrame.html>.
//! Note: the corpus cites the `createGameRoom` page for this call; the facts are from the
//! `getGameFrame` page, whose request line is GET with the fields as query parameters.
//! Unverified: the newer page (api_lock-step.getgameframe) gives `POST /wxa/getwxagameframe` with the
//! fields in a JSON body, and says third-party platforms cannot call it (the game's own token is used).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Fetches a finished game's frames in slices (`[begin_frame_id, end_frame_id)`).
#[wx_endpoint(
    name = "lock-step.getGameFrame",
    path = "/wxa/getwxagameframe",
    method = GET,
    credential = app,
    response = GameFrames,
    errors(
        use CommonError,
        1 => DataNotFound: "the data does not exist",
        5 => InvalidRequestData: "invalid request data",
        6000 => FetchFailed: "fetching the data failed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGameFrame {
    /// The game's `gameAccessInfo`, as `GameServerManager.onGameEnd` gave it.
    #[wx(non_empty)]
    pub access_info: String,
    /// The first frame id to fetch.
    pub begin_frame_id: u64,
    /// The frame id to stop before (exclusive).
    pub end_frame_id: u64,
}

/// A slice of frames, as `lock-step.getGameFrame` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameFrames {
    /// The frames.
    pub data: GameFrameData,
}

/// The frame data (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameFrameData {
    /// Whether more frames can be fetched.
    pub has_more: bool,
    /// The frames.
    pub frame_list: Vec<GameFrame>,
}

/// One frame (`frame_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GameFrame {
    /// The frame's number, from 1.
    pub frame_id: u64,
    /// The instruction packages of the frame.
    pub pkg_list: Vec<FramePackage>,
}

/// One instruction package (`pkg_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FramePackage {
    /// The sender's OpenID.
    pub open_id: String,
    /// The developer-defined game instructions.
    pub action_list: Vec<String>,
    /// True for an empty frame.
    pub b: bool,
    /// WeChat-internal; returned as is.
    pub dp_id: Option<i64>,
}
