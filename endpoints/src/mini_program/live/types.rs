//! Types the live-streaming endpoints share, and lenient readers.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

crate::wire_enum! {
    /// A live room's status (`live_status`, `room_status`).
    pub enum LiveStatus: code {
        /// 101: live.
        Live = 101,
        /// 102: not started.
        NotStarted = 102,
        /// 103: ended.
        Ended = 103,
        /// 104: banned.
        Banned = 104,
        /// 105: paused.
        Paused = 105,
        /// 106: abnormal.
        Abnormal = 106,
        /// 107: expired.
        Expired = 107,
    }
}

/// `#[serde(deserialize_with = "super::types::text")]`: text from a string or a number (its digits),
/// for fields a table types as strings and a sample answers as numbers.
pub(crate) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct TextOrNumber;

    impl Visitor<'_> for TextOrNumber {
        type Value = String;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string or a number")
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
            Ok(value.to_owned())
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<String, E> {
            Ok(value.to_string())
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<String, E> {
            Ok(value.to_string())
        }
    }

    deserializer.deserialize_any(TextOrNumber)
}
