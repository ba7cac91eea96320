//! `wire_enum!`: the values a document lists for a field, as an enum that keeps any other value.

/// Declares an enum of the values a document lists for a field, with a fallback variant that keeps
/// any other value: a value WeChat adds later never fails a decode, and is sent back as it came.
///
/// Two forms, by what the wire carries:
///
/// ```
/// wx_runtime::wire_enum! {
///     /// A code review's status.
///     pub enum ReviewStatus: code {
///         /// Approved.
///         Approved = 0,
///         /// Rejected.
///         Rejected = 1,
///     }
/// }
///
/// wx_runtime::wire_enum! {
///     /// Who may see the page.
///     pub enum Visibility: text {
///         /// Everyone.
///         Open = "open",
///         /// Nobody.
///         Close = "close",
///     }
/// }
///
/// let status: ReviewStatus = serde_json::from_str("7").unwrap();
/// assert_eq!(status, ReviewStatus::Unknown(7));
/// assert_eq!(serde_json::to_string(&status).unwrap(), "7");
/// // Pages print some codes as strings: both spellings are read.
/// assert_eq!(serde_json::from_str::<ReviewStatus>(r#""1""#).unwrap(), ReviewStatus::Rejected);
/// let visibility: Visibility = serde_json::from_str(r#""friends""#).unwrap();
/// assert_eq!(visibility.as_str(), "friends");
/// ```
///
/// A `code` enum gets `Unknown(i64)`, `from_code` and `code`; a `text` enum gets `Other(String)`,
/// `from_text` and `as_str`. Both serialize as the wire value.
#[macro_export]
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: code {
            $($(#[$variant_meta:meta])* $variant:ident = $code:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant,)+
            /// A value this version does not know, kept as it came.
            Unknown(i64),
        }

        impl $name {
            /// The variant of a wire value; values this version does not know become `Unknown`.
            pub const fn from_code(code: i64) -> Self {
                match code {
                    $($code => $name::$variant,)+
                    other => $name::Unknown(other),
                }
            }

            /// The wire value.
            pub const fn code(self) -> i64 {
                match self {
                    $($name::$variant => $code,)+
                    $name::Unknown(code) => code,
                }
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.code())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::__wire::lenient_i64(deserializer).map($name::from_code)
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: text {
            $($(#[$variant_meta:meta])* $variant:ident = $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant,)+
            /// A value this version does not know, kept as it came.
            Other(::std::string::String),
        }

        impl $name {
            /// The variant of a wire value; values this version does not know become `Other`.
            pub fn from_text(text: &str) -> Self {
                match text {
                    $($text => $name::$variant,)+
                    other => $name::Other(other.to_owned()),
                }
            }

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Other(text) => text,
                }
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str> as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                ::core::result::Result::Ok($name::from_text(&text))
            }
        }
    };
}

/// What `wire_enum!` expands to names. Not a public API.
#[doc(hidden)]
pub mod __wire {
    use serde::de::{self, Deserializer, Visitor};
    use std::fmt;

    struct NumberOrDigits;

    impl Visitor<'_> for NumberOrDigits {
        type Value = i64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer, as a number or a string of digits")
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<i64, E> {
            Ok(value)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<i64, E> {
            i64::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<i64, E> {
            value.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
        }
    }

    /// An `i64` from a number or a string of digits.
    pub fn lenient_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
        deserializer.deserialize_any(NumberOrDigits)
    }
}
