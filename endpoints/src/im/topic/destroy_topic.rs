//! `destroy_topic`: `POST /v4/million_group_open_http_svc/destroy_topic`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49470>.
//! Note: topic-enabled Communities only; deleted topics cannot be recovered.
//! Unverified: the stored page breaks off before its error table; the rows are taken to be the
//! group family's (`GroupError`).

use crate::im::group::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes topics of a Community; each gets its own result.
#[wx_endpoint(
    name = "destroy_topic",
    family = im,
    path = "/v4/million_group_open_http_svc/destroy_topic",
    response = DestroyedTopics,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DestroyTopic {
    /// The Community the topics belong to.
    #[wx(non_empty)]
    pub group_id: String,
    /// The topics to delete.
    #[wx(non_empty)]
    pub topic_id_list: Vec<String>,
}

/// One topic's deletion result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DestroyedTopic {
    /// This topic's error code (0 deleted).
    pub error_code: Option<i64>,
    /// This topic's error message.
    pub error_info: Option<String>,
    /// The topic's ID.
    pub topic_id: String,
}

impl DestroyedTopic {
    /// This topic's own failure code, if it was not deleted.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// The results of `destroy_topic`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DestroyedTopics {
    /// One result per topic to delete.
    pub destroy_result_item: Vec<DestroyedTopic>,
}
