//! `getFollowers`: `POST /wxa/business/get_wxa_followers`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/framework/liveplayer/subscribe-api.html#_1-%E8%8E%B7%E5%8F%96%E9%95%BF%E6%9C%9F%E8%AE%A2%E9%98%85%E7%94%A8%E6%88%B7>.
//! Note: at most 5000 calls a day. The interface name and perm set 52 are those of the newer page
//! getFollowers (livebroadcast/subscribe-management); the section names neither.

use super::LiveStatus;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the users with a long-term subscription to the Mini Program's live streams, a page at a time.
#[wx_endpoint(
    name = "getFollowers",
    path = "/wxa/business/get_wxa_followers",
    perm_sets = [52],
    response = LiveFollowers,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFollowers {
    /// Users per page, at most 2000 (default 200).
    #[wx(range = 1..=2000)]
    pub limit: Option<u32>,
    /// The previous page's `page_break`; absent (or 0) for the first page.
    pub page_break: Option<u64>,
}

/// The answer of `getFollowers`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveFollowers {
    /// The subscribed users.
    pub followers: Vec<LiveFollower>,
    /// The cursor of the next page.
    pub page_break: u64,
}

/// A user with a long-term subscription (`followers`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveFollower {
    /// The user's openid.
    pub openid: String,
    /// Unix time the user subscribed.
    pub subscribe_time: i64,
    /// The room's status when the user subscribed.
    pub room_status: Option<LiveStatus>,
    /// The room the user subscribed in.
    pub room_id: i64,
}
