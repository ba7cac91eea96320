//! Fields the CloudBase pages type as strings while their examples print other JSON (`json` of
//! `getOpenData` is an object in the example, `by_channel_id` of `getCloudBaseStatistics` a number):
//! either spelling is read, so a decode never fails on it.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// `#[serde(deserialize_with = "super::lenient::text")]`: a `String` from a JSON string as it is,
/// from `null` as empty, from any other JSON value as its JSON text.
pub(super) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => text,
        Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// `#[serde(default, deserialize_with = "super::lenient::option_text")]`: as [`text`], `null` or
/// absent being `None`.
pub(super) fn option_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => Some(text),
        Value::Null => None,
        other => Some(other.to_string()),
    })
}
