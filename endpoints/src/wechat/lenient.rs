//! Numbers that WeChat's pages print now as numbers, now as strings (`"auditid": "1234567"` in one
//! sample, `1234567` in another): read either way, so a decode never fails on the spelling.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// `#[serde(deserialize_with = "crate::wechat::lenient::u64")]`: a `u64` from a number or a string of
/// digits.
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

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Id {
        #[serde(deserialize_with = "super::u64")]
        id: u64,
    }

    #[test]
    fn numbers_and_digit_strings_read_alike() {
        let read = |json: &str| serde_json::from_str::<Id>(json).map(|id| id.id);
        assert_eq!(read(r#"{"id": 1234567}"#).unwrap(), 1234567);
        assert_eq!(read(r#"{"id": "1234567"}"#).unwrap(), 1234567);
        assert!(read(r#"{"id": "12a"}"#).is_err());
        assert!(read(r#"{"id": -1}"#).is_err());
    }
}
