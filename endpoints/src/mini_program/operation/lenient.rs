//! Fields the operation pages type as strings while their examples print numbers (`phone` of
//! `getFeedback`): either spelling is read, so a decode never fails on it.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// `#[serde(deserialize_with = "super::lenient::text")]`: a `String` from a JSON string as it is,
/// from `null` as empty, from any other JSON value (a number) as its JSON text.
pub(super) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => text,
        Value::Null => String::new(),
        other => other.to_string(),
    })
}
