//! Types shared by the official-account commands.

use serde::{Deserialize, Serialize};

/// One official account to look up: `{"Official_Account": "@TOA#_..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountId {
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

/// One subscriber to add: `{"Subscriber_Account": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberId {
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
}

/// Which profile fields to return (`ResponseFilter.OfficialAccountBaseInfoFilter`); all when unset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseFilter {
    #[serde(rename = "OfficialAccountBaseInfoFilter", skip_serializing_if = "Vec::is_empty")]
    pub base_info: Vec<String>,
}

/// An official account's profile as the lookups return it; each item of a batch carries its own
/// result (`ErrorCode` 0 = found).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountInfo {
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    pub result_code: Option<i64>,
    pub error_code: Option<i64>,
    pub error_info: Option<String>,
    #[serde(rename = "Owner_Account")]
    pub owner_account: Option<String>,
    pub name: Option<String>,
    pub introduction: Option<String>,
    pub face_url: Option<String>,
    pub organization: Option<String>,
    pub custom_string: Option<String>,
    pub max_subscriber_num: Option<u64>,
    pub subscriber_num: Option<u64>,
    pub create_time: Option<i64>,
}

impl AccountInfo {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.or(self.result_code).filter(|&code| code != 0)
    }
}

/// A subscriber's message flag. Sent as a string; values this version does not know are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MsgFlag {
    /// Receive and notify.
    AcceptAndNotify,
    /// Receive without notification.
    AcceptNotNotify,
    /// Do not receive.
    Discard,
    Unknown(String),
}

impl<'de> Deserialize<'de> for MsgFlag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(match text.as_str() {
            "AcceptAndNotify" => MsgFlag::AcceptAndNotify,
            "AcceptNotNotify" => MsgFlag::AcceptNotNotify,
            "Discard" => MsgFlag::Discard,
            _ => MsgFlag::Unknown(text),
        })
    }
}

/// The per-subscriber outcome of a batch (`Result`): 0 failed, 1 done, 2 nothing to do (already
/// subscribed when adding, not subscribed when deleting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubscriberResult {
    Failed,
    Done,
    Unchanged,
    Unknown(i64),
}

impl<'de> Deserialize<'de> for SubscriberResult {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match i64::deserialize(deserializer)? {
            0 => SubscriberResult::Failed,
            1 => SubscriberResult::Done,
            2 => SubscriberResult::Unchanged,
            other => SubscriberResult::Unknown(other),
        })
    }
}

/// One subscriber's outcome in `add_subscriber` / `delete_subscriber`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SubscriberOutcome {
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    #[serde(rename = "Result")]
    pub result: SubscriberResult,
}

/// `{"SubscriberList": [...]}` of the batch subscriber commands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct SubscriberOutcomes {
    #[serde(rename = "SubscriberList", default)]
    pub subscribers: Vec<SubscriberOutcome>,
}

/// One message element: `{"MsgType": "TIMTextElem", "MsgContent": {...}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MsgElement {
    #[serde(rename = "MsgType")]
    pub msg_type: String,
    /// The element's content, shaped by its type (e.g. `{"Text": "hi"}` for `TIMTextElem`).
    #[serde(rename = "MsgContent")]
    pub msg_content: serde_json::Value,
}

impl MsgElement {
    /// A text element.
    pub fn text(text: impl Into<String>) -> Self {
        MsgElement { msg_type: "TIMTextElem".into(), msg_content: serde_json::json!({ "Text": text.into() }) }
    }
}

/// A message key to recall: `{"MsgKey": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MsgKeyItem {
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
}
