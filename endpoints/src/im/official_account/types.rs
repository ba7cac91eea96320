//! Types shared by the official-account commands.

use serde::{Deserialize, Serialize};

/// One official account to look up: `{"Official_Account": "@TOA#_..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountId {
    /// The official account's ID (`@TOA#_...`).
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

/// One subscriber to add: `{"Subscriber_Account": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberId {
    /// The subscriber's user ID.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
}

/// Which fields to return (`ResponseFilter`); all when unset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseFilter {
    /// The profile fields to return, by wire name (e.g. `Name`, `CreateTime`).
    #[serde(rename = "OfficialAccountBaseInfoFilter", default, skip_serializing_if = "Vec::is_empty")]
    pub base_info: Vec<String>,
    /// The subscriber's own fields to return (`SubscribeTime`, `CustomString`).
    #[serde(rename = "SelfInfoFilter", default, skip_serializing_if = "Vec::is_empty")]
    pub self_info: Vec<String>,
}

/// An official account's profile as the lookups return it; each item of a batch carries its own
/// result (`ErrorCode` 0 = found).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountInfo {
    /// The official account's ID.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// This item's result code, when present.
    pub result_code: Option<i64>,
    /// This item's error code (0 = found), when present.
    pub error_code: Option<i64>,
    /// This item's error message, when present.
    pub error_info: Option<String>,
    /// The user who owns the account.
    #[serde(rename = "Owner_Account")]
    pub owner_account: Option<String>,
    /// The official account's name.
    pub name: Option<String>,
    /// The official account's introduction.
    pub introduction: Option<String>,
    /// Avatar URL.
    pub face_url: Option<String>,
    /// The organization the account belongs to.
    pub organization: Option<String>,
    /// Application-defined data.
    pub custom_string: Option<String>,
    /// The maximum number of subscribers.
    pub max_subscriber_num: Option<u64>,
    /// The current number of subscribers.
    pub subscriber_num: Option<u64>,
    /// When the official account was created.
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
    /// A value this version does not know, as sent.
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
    /// 0: the operation failed for this subscriber.
    Failed,
    /// 1: done (added or removed).
    Done,
    /// 2: nothing to do (already subscribed, or not subscribed).
    Unchanged,
    /// A value this version does not know, as sent.
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
    /// The subscriber's user ID.
    #[serde(rename = "Subscriber_Account")]
    pub subscriber_account: String,
    /// The outcome for this subscriber.
    #[serde(rename = "Result")]
    pub result: SubscriberResult,
}

/// `{"SubscriberList": [...]}` of the batch subscriber commands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct SubscriberOutcomes {
    /// One outcome per subscriber in the request.
    #[serde(rename = "SubscriberList", default)]
    pub subscribers: Vec<SubscriberOutcome>,
}
