//! Values that WeChat's pages print one way and their samples another (`"auditid": "1234567"` in one
//! sample, `1234567` in another; a flag as `true`, `"true"` or `1`; one object where the table says a
//! list): read either way, so a decode never fails on the spelling. Used as
//! `#[serde(deserialize_with = "crate::wechat::lenient::u64")]` and so on.

// Each tier uses some of them: a build without every tier leaves some unused.
#![cfg_attr(
    not(all(feature = "open-platform", feature = "mini-program", feature = "official-account")),
    allow(dead_code)
)]

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// A `u64` from a number or a string of digits.
pub(crate) fn u64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    struct NumberOrDigits;

    impl Visitor<'_> for NumberOrDigits {
        type Value = u64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a non-negative integer, as a number or a string of digits")
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<u64, E> {
            Ok(value)
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<u64, E> {
            u64::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<u64, E> {
            value.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
        }
    }

    deserializer.deserialize_any(NumberOrDigits)
}

/// As [`u64`], for an optional field (`#[serde(default, deserialize_with = ...)]`).
pub(crate) fn option_u64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    u64(deserializer).map(Some)
}

/// Text from a JSON string as it is, from any other value as its JSON text (a number's digits), and
/// from `null` as the empty string.
pub(crate) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    option_text(deserializer).map(Option::unwrap_or_default)
}

/// As [`text`], `null` being `None`.
pub(crate) fn option_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => Some(text),
        Value::Null => None,
        other => Some(other.to_string()),
    })
}

/// A `bool` from `true` / `false`, the strings `"true"` / `"false"`, or the numbers `1` / `0`.
pub(crate) fn bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    struct Flag;

    impl Visitor<'_> for Flag {
        type Value = bool;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a boolean, as a boolean, \"true\" / \"false\" or 1 / 0")
        }

        fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
            Ok(value)
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<bool, E> {
            Ok(value != 0)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<bool, E> {
            Ok(value != 0)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
            match value.trim() {
                "true" | "1" => Ok(true),
                "false" | "0" => Ok(false),
                _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
            }
        }
    }

    deserializer.deserialize_any(Flag)
}

/// A `Vec<T>` from an array, a single object (a list of one) or `null` (an empty list).
pub(crate) fn one_or_many<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany<T> {
        Many(Vec<T>),
        One(T),
    }

    Ok(match Option::<OneOrMany<T>>::deserialize(deserializer)? {
        Some(OneOrMany::Many(items)) => items,
        Some(OneOrMany::One(item)) => vec![item],
        None => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Fields {
        #[serde(deserialize_with = "super::u64")]
        id: u64,
        #[serde(default, deserialize_with = "super::text")]
        code: String,
        #[serde(deserialize_with = "super::bool")]
        flag: bool,
        #[serde(deserialize_with = "super::one_or_many")]
        items: Vec<u8>,
    }

    fn read(json: &str) -> Result<Fields, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn each_spelling_reads_alike() {
        let numbers = read(r#"{"id": 7, "code": 86, "flag": 1, "items": [1, 2]}"#).unwrap();
        let strings = read(r#"{"id": "7", "code": "86", "flag": "true", "items": [1, 2]}"#).unwrap();
        for fields in [numbers, strings] {
            assert_eq!(
                (fields.id, fields.code.as_str(), fields.flag, fields.items),
                (7, "86", true, vec![1, 2])
            );
        }
        let one = read(r#"{"id": 0, "code": null, "flag": false, "items": 3}"#).unwrap();
        assert_eq!((one.code.as_str(), one.flag, one.items), ("", false, vec![3]));
        assert!(read(r#"{"id": "12a", "flag": true, "items": []}"#).is_err());
        assert!(read(r#"{"id": -1, "flag": true, "items": []}"#).is_err());
        assert!(read(r#"{"id": 1, "flag": "yes", "items": []}"#).is_err());
    }
}
