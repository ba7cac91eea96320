//! `pushMessage`: `POST /wxa/business/push_message`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/livebroadcast/subscribe-management/pushMessage.html>.
//! Note: errcode 0 only means the push started; the result arrives as the long-term subscription
//! push-result event, matched by `message_id`. The facts and the error table were read on the newer
//! page api_pushmessage; perm set 52 is the live-streaming pages' set.
//! Unverified: perm set 52 for this call (read on getFollowers and getLiveInfo).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Pushes a room's live-start event to users with a long-term subscription.
#[wx_endpoint(
    name = "pushMessage",
    path = "/wxa/business/push_message",
    perm_sets = [52],
    response = LivePush,
    errors(
        use CommonError,
        9410005 => AnotherRoomPushedToday: "another room already pushed today",
        9410006 => RoomNotLive: "the room is not live",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PushMessage {
    /// The live room's id.
    pub room_id: i64,
    /// The subscribed users to notify, by openid.
    #[wx(non_empty)]
    pub user_openid: Vec<String>,
}

/// The answer of `pushMessage`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LivePush {
    /// The push's id, matched by the push-result event.
    pub message_id: String,
}
