//! `get_topic`: `POST /v4/million_group_open_http_svc/get_topic`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49469>.
//! Note: topic-enabled Communities only. `From_Account` (required) is the user whose own data in
//! each topic is returned.
//! Unverified: the stored page stops inside the request examples (at `ResponseFilter`). The
//! response shape (`TopicInfo`, one profile per topic with its own `ErrorCode`, field names as the
//! other topic commands spell them) and the error rows (taken to be the group family's,
//! `GroupError`) are assumed; the requested user's own data (`SelfInfo`, shape unknown) is not
//! typed and is skipped when decoding.

use crate::im::group::GroupError;
use crate::im::group::OnOff;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the profiles of a Community's topics (all, or the listed ones).
#[wx_endpoint(
    name = "get_topic",
    family = im,
    path = "/v4/million_group_open_http_svc/get_topic",
    response = TopicInfoList,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetTopic {
    /// The Community whose topics to read.
    #[wx(non_empty)]
    pub group_id: String,
    /// The user whose own data in the topics to return.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The topics to read; all when unset.
    pub topic_id_list: Option<Vec<String>>,
    /// The profile fields to return, by wire name; all when unset.
    pub response_filter: Option<Vec<String>>,
}

/// One topic's profile; fields left out by a filter are `None`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct TopicInfo {
    /// The topic's ID.
    pub topic_id: String,
    /// The community the topic belongs to.
    #[serde(rename = "GroupID", alias = "GroupId")]
    pub group_id: Option<String>,
    /// This topic's error code (0 found), when present.
    pub error_code: Option<i64>,
    /// This topic's error message, when present.
    pub error_info: Option<String>,
    /// The topic's name.
    pub topic_name: Option<String>,
    /// The topic's creator.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// Application-defined data of the topic.
    pub custom_string: Option<String>,
    /// The topic's avatar URL.
    pub face_url: Option<String>,
    /// The topic's notice.
    pub notification: Option<String>,
    /// The topic's introduction.
    pub introduction: Option<String>,
    /// When the topic was created (Unix seconds).
    pub create_time: Option<i64>,
    /// When the last message was sent (Unix seconds).
    pub last_msg_time: Option<i64>,
    /// When the profile last changed (Unix seconds).
    pub last_info_time: Option<i64>,
    /// The sequence number the next message will get.
    pub next_msg_seq: Option<u64>,
    /// Whether all members are muted.
    pub mute_all_member: Option<OnOff>,
}

impl TopicInfo {
    /// This topic's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// The topics read by `get_topic`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct TopicInfoList {
    /// One entry per topic: its profile and the caller's own state in it.
    #[serde(alias = "TopicInfo")]
    pub topic_and_self_info: Vec<TopicAndSelfInfo>,
}

/// One topic of `get_topic`'s answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct TopicAndSelfInfo {
    /// This topic's error code (0 found).
    pub error_code: i64,
    /// This topic's error message.
    pub error_info: String,
    /// The topic's profile.
    pub topic_info: TopicInfo,
    /// The caller's own state in the topic.
    pub self_info: TopicSelfInfo,
}

impl TopicAndSelfInfo {
    /// This topic's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        Some(self.error_code).filter(|&code| code != 0)
    }
}

/// The caller's own state in a topic.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct TopicSelfInfo {
    /// Until when the caller is muted in the topic (Unix seconds; 0 not muted).
    #[serde(alias = "MuteUntil")]
    pub shut_up_time: i64,
    /// The sequence number of the caller's last read message.
    pub msg_seq: u64,
    /// How the caller receives the topic's messages (`AcceptAndNotify`, ...).
    pub msg_flag: String,
}
