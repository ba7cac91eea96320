//! Types shared by the message-extension commands.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// What a set command does with the message's extensions.
    pub enum OperateType: code {
        /// 1: set (add or change) the listed key-value pairs.
        Set = 1,
        /// 2: delete the listed key-value pairs.
        Delete = 2,
        /// 3: clear all key-value pairs of the message.
        Clear = 3,
    }
}

/// One message-extension key-value pair.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyValue {
    /// The key (at most 100 bytes).
    pub key: String,
    /// The value (at most 1000 bytes; `""` when deleting).
    #[serde(default)]
    pub value: String,
    /// The pair's version: 0 when a member sets it the first time, then the latest `Seq` read back
    /// (a mismatch fails that pair); not checked for the app administrator.
    #[serde(default)]
    pub seq: u64,
}

/// One pair's result in a set command.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ExtensionResult {
    /// This pair's result code (0 = done).
    pub error_code: Option<i64>,
    /// The pair as stored after the call (its new `Seq`), or the current pair on a conflict.
    pub extension: Option<KeyValue>,
}

impl ExtensionResult {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// The per-pair results of `set_key_values` / `group_set_key_values`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SetExtensionResults {
    /// One result per pair in the request.
    pub extension_list: Vec<ExtensionResult>,
}

/// A message's extensions as the get commands return them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ExtensionPage {
    /// 1 when every pair was returned, 0 when more remain (continue with `StartSeq`).
    pub complete_flag: i64,
    /// The latest `Seq` on the server: the largest `Seq` of all pairs.
    pub latest_seq: u64,
    /// The `Seq` of the last clear: drop local pairs whose `Seq` is at most this.
    pub clear_seq: u64,
    /// The pairs, ordered by `Seq`; at most 200 per call.
    pub extension_list: Vec<KeyValue>,
}
