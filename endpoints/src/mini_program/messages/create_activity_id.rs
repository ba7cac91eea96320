//! `createActivityId`: `GET /cgi-bin/message/wxopen/activityid/create`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/updatable-message/updatableMessage.createActivityId.html>.
//! Note: the page's request line is `GET ...?access_token=&unionid=&openid=` (the corpus records a
//! POST with a JSON body); declared as the page says. For private messages give `openid` or
//! `unionid`: only that user may share with the id. The id expires after 24 hours.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates the `activity_id` of an updatable (or private) message to be shared.
#[wx_endpoint(
    name = "createActivityId",
    path = "/cgi-bin/message/wxopen/activityid/create",
    method = GET,
    perm_sets = [18],
    response = ActivityId,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateActivityId {
    /// For a private message: the only sharer, by unionid.
    pub unionid: Option<String>,
    /// For a private message: the only sharer, by openid.
    pub openid: Option<String>,
}

/// The answer of `createActivityId`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ActivityId {
    /// The updatable message's id.
    pub activity_id: String,
    /// Unix time the id expires (24 hours by default).
    pub expiration_time: i64,
}
