//! `create_topic`: `POST /v4/million_group_open_http_svc/create_topic`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49471>.
//! Note: topic-enabled Communities only (community and topic features enabled in the console).
//! A custom `TopicId` takes the form `GroupId` + `@TOPIC#_` + a custom part.
//! Unverified: the stored page stops after the request examples; the response (`TopicId`) and
//! the error rows (taken to be the group family's, `GroupError`) are assumed.

use crate::im::group::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a topic in a topic-enabled Community.
#[wx_endpoint(
    name = "create_topic",
    family = im,
    path = "/v4/million_group_open_http_svc/create_topic",
    response = CreatedTopic,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTopic {
    /// The Community the topic belongs to.
    #[wx(non_empty)]
    pub group_id: String,
    /// A custom topic ID (`GroupId` + `@TOPIC#_` + a custom part); generated when unset.
    pub topic_id: Option<String>,
    /// The topic's name.
    #[wx(non_empty)]
    pub topic_name: String,
    /// The member creating the topic.
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
}

/// The new topic's ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CreatedTopic {
    /// The topic's ID.
    pub topic_id: String,
}
