//! `getLiveInfo`: `POST /wxa/business/getliveinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/framework/liveplayer/studio-api.html#2>.
//! Note: at most 100,000 calls a day. The interface name, perm set 52 and the answer's table were read
//! on the newer page getLiveInfo (livebroadcast/studio-management), which documents the room list and
//! the replays (`getLiveReplay`) as one call.
//! Unverified: the section's own error table (the newer page lists only -1 and 40001).

use super::LiveStatus;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// How a live room's goods price reads (`price_type`).
    pub enum LivePriceType: code {
        /// 1: a fixed price (`price`).
        Fixed = 1,
        /// 2: a range (`price` to `price2`).
        Range = 2,
        /// 3: a discount (`price` the original, `price2` the current price).
        Discount = 3,
    }
}

/// Lists the Mini Program's live rooms with their goods, newest start first.
#[wx_endpoint(
    name = "getLiveInfo",
    path = "/wxa/business/getliveinfo",
    perm_sets = [52],
    response = LiveRooms,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetLiveInfo {
    /// Where the page starts, from 0.
    pub start: u32,
    /// Rooms per page; under 100 recommended.
    pub limit: u32,
}

/// The answer of `getLiveInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveRooms {
    /// The number of rooms.
    pub total: i64,
    /// The rooms, by `start_time` descending.
    pub room_info: Vec<LiveRoom>,
}

/// A live room (`room_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveRoom {
    /// The room's name.
    pub name: String,
    /// The room's id.
    pub roomid: i64,
    /// The room's background image URL.
    pub cover_img: String,
    /// The room's share image URL.
    pub share_img: String,
    /// The room's status.
    pub live_status: Option<LiveStatus>,
    /// Unix time the stream starts.
    pub start_time: i64,
    /// Unix time the stream is planned to end.
    pub end_time: i64,
    /// The anchor's name.
    pub anchor_name: String,
    /// The room's goods.
    pub goods: Vec<LiveGoods>,
    /// 1 pushed stream, 0 phone stream.
    pub live_type: i64,
    /// 1 when likes are off.
    pub close_like: i64,
    /// 1 when the goods shelf is off.
    pub close_goods: i64,
    /// 1 when comments are off.
    pub close_comment: i64,
    /// 1 when customer service is off.
    pub close_kf: i64,
    /// 1 when replays are off.
    pub close_replay: i64,
    /// 1 when the room is in the official feed.
    pub is_feeds_public: i64,
    /// The creator's openid.
    pub creater_openid: String,
    /// The official feed's cover.
    pub feeds_img: String,
}

/// A room's goods (`goods`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveGoods {
    /// The goods' cover image URL.
    pub cover_img: String,
    /// The goods' Mini Program path.
    pub url: String,
    /// The goods' name.
    pub name: String,
    /// The price, in fen.
    pub price: i64,
    /// The second price, as `price_type` says.
    pub price2: i64,
    /// How the price reads.
    pub price_type: Option<LivePriceType>,
    /// The goods' id.
    pub goods_id: i64,
    /// A third party's appid for third-party goods; empty for the Mini Program's own.
    pub third_party_appid: String,
}
