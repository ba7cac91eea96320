//! Mini game content security: game-specific image and text checks.

use serde::Deserialize;

mod game_msg_sec_check;
mod media_check;

pub use game_msg_sec_check::{GameMsgSecCheck, GameMsgSecCheckError};
pub use media_check::{MediaCheck, MediaCheckError};

crate::wire_enum! {
    /// A check's suggestion (`suggest`).
    pub enum SecCheckSuggest: text {
        /// `risky`: block.
        Risky = "risky",
        /// `pass`: let through.
        Pass = "pass",
    }
}

crate::wire_enum! {
    /// The label a check hit (`label`).
    pub enum SecCheckLabel: code {
        /// 100: normal.
        Normal = 100,
        /// 10001: advertising.
        Advertising = 10001,
        /// 20001: politics.
        Politics = 20001,
        /// 20002: pornography.
        Pornography = 20002,
        /// 20003: abuse.
        Abuse = 20003,
        /// 20006: crime.
        Crime = 20006,
        /// 20012: vulgarity.
        Vulgarity = 20012,
        /// 21000: other.
        Other = 21000,
    }
}

/// A content check's result, as `gamesecurity.mediaCheck` and `gameMsgSecCheck` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SecCheckResult {
    /// The request's unique id.
    pub trace_id: String,
    /// The overall result.
    pub result: SecCheckVerdict,
    /// The result of each strategy.
    pub detail: Vec<SecCheckDetail>,
}

/// The overall result (`result`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SecCheckVerdict {
    /// What to do with the content.
    pub suggest: Option<SecCheckSuggest>,
    /// The label hit.
    pub label: Option<SecCheckLabel>,
    /// Text checks only: the text with hit keywords replaced by `*` (all of it when a model hit; the original when it passed).
    pub replaced_content: Option<String>,
}

/// One strategy's result (`detail`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SecCheckDetail {
    /// The strategy.
    pub strategy: String,
    /// This strategy's error code; its result is valid only when 0.
    pub errcode: i64,
    /// What to do with the content.
    pub suggest: Option<SecCheckSuggest>,
    /// The label hit.
    pub label: Option<SecCheckLabel>,
    /// Confidence 0-100 that the content has this label.
    pub prob: Option<i64>,
    /// Text checks only: the custom keyword hit.
    pub keyword: Option<String>,
    /// Text checks only: sent by the keyword strategy in the page's sample, not in its table.
    pub level: Option<i64>,
}
