//! `modify_topic`: `POST /v4/million_group_open_http_svc/modify_topic`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49468>.
//! Note: topic-enabled Communities only.
//! Unverified: the stored page stops after the request examples; the response (the envelope
//! only) and the error rows (taken to be the group family's, `GroupError`) are assumed.

use crate::im::group::GroupError;
use crate::im::group::OnOff;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes a topic's name, avatar, notice, introduction, custom data or all-member muting; unset
/// fields stay unchanged.
#[wx_endpoint(
    name = "modify_topic",
    family = im,
    path = "/v4/million_group_open_http_svc/modify_topic",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTopic {
    /// The Community the topic belongs to.
    #[wx(non_empty)]
    pub group_id: String,
    /// The topic to change.
    #[wx(non_empty)]
    pub topic_id: String,
    /// The member making the change.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// The topic's name.
    pub topic_name: Option<String>,
    /// The topic's avatar URL.
    pub face_url: Option<String>,
    /// The topic's notice.
    pub notification: Option<String>,
    /// The topic's introduction.
    pub introduction: Option<String>,
    /// `On` mutes every member of the topic; `Off` lifts it.
    pub mute_all_member: Option<OnOff>,
    /// Application-defined data of the topic.
    pub custom_string: Option<String>,
}
