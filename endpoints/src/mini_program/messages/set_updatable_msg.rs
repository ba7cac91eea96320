//! `setUpdatableMsg`: `POST /cgi-bin/message/wxopen/updatablemsg/send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/updatable-message/updatableMessage.setUpdatableMsg.html>.
//! Note: parameter names: `member_count` and `room_limit` (required for state 0), `path` and
//! `version_type` (`develop`, `trial`, `release`; required for state 1). State 1 is final. The error
//! table was read on the newer page api_setupdatablemsg.
//! Unverified: perm sets (the pages read name none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// An updatable message's state (`target_state`).
    pub enum UpdatableMsgState: code {
        /// 0: not started ("members joining, {member_count}/{room_limit}").
        NotStarted = 0,
        /// 1: started (final).
        Started = 1,
    }
}

/// Changes the state and parameters of a shared updatable message.
#[wx_endpoint(
    name = "setUpdatableMsg",
    path = "/cgi-bin/message/wxopen/updatablemsg/send",
    errors(
        use CommonError,
        42001 => AccessTokenExpired: "access_token expired",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body is not valid JSON or misses a parameter",
        47501 => InvalidActivityId: "invalid activity_id",
        47502 => InvalidTargetState: "invalid target_state",
        47503 => InvalidVersionType: "invalid version_type",
        47504 => ActivityIdExpired: "activity_id expired",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SetUpdatableMsg {
    /// The message's id, from `createActivityId`.
    #[wx(non_empty)]
    pub activity_id: String,
    /// The message's new state.
    pub target_state: UpdatableMsgState,
    /// The template parameters to change.
    pub template_info: UpdatableTemplateInfo,
}

/// The template parameters of an updatable message (`template_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdatableTemplateInfo {
    /// The parameters to change.
    pub parameter_list: Vec<UpdatableParameter>,
}

/// One template parameter (`parameter_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdatableParameter {
    /// `member_count`, `room_limit`, `path` or `version_type`.
    pub name: String,
    /// The new value.
    pub value: String,
}
