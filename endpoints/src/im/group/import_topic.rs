//! `import_topic`: `POST /v4/group_open_http_svc/import_topic`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53448>.
//! Note: for apps migrating to IM; no callbacks or notifications. Topic-enabled Communities only
//! (the community and topic features are enabled in the console).
//! Unverified: the stored page stops inside the first request example, at `"CreateTime": 14...`;
//! the golden example completes it with 1448357837. The other fields (as `create_topic` takes
//! them), the response (`TopicId`) and the error rows (the shared group codes) are assumed.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Imports a topic into a Community, optionally with its original creation time.
#[wx_endpoint(
    name = "import_topic",
    family = im,
    path = "/v4/group_open_http_svc/import_topic",
    response = ImportedTopic,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportTopic {
    /// The Community the topic belongs to.
    #[wx(non_empty)]
    pub group_id: String,
    /// A custom topic ID; generated when unset.
    pub topic_id: Option<String>,
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
    /// When the topic was created (Unix seconds); the time of the call when unset.
    pub create_time: Option<i64>,
}

/// The imported topic's ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportedTopic {
    /// The topic's ID.
    pub topic_id: String,
}
