//! Client-side validation of documented limits. `#[wx_endpoint]` generates calls to [`Validator`];
//! the field traits let each rule accept the types it makes sense for, and reject the others at
//! compile time with a message that names the rule.

use std::borrow::Cow;
use std::fmt;

/// Which documented limit a field broke. Values are never echoed (they may be personal data); the
/// measured size is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// Character count (Unicode scalar values) outside `min..=max`.
    Chars {
        /// The fewest characters allowed.
        min: usize,
        /// The most characters allowed.
        max: usize,
        /// The characters the value has.
        actual: usize,
    },
    /// UTF-8 byte length over `max` (Tencent IM counts a Chinese character as 3).
    MaxBytes {
        /// The most UTF-8 bytes allowed.
        max: usize,
        /// The UTF-8 bytes the value has.
        actual: usize,
    },
    /// A number outside `min..=max`.
    Range {
        /// The smallest value allowed.
        min: i128,
        /// The largest value allowed.
        max: i128,
        /// The value given.
        actual: i128,
    },
    /// A number not among the allowed values.
    OneOf {
        /// The allowed values.
        allowed: &'static [i128],
        /// The value given.
        actual: i128,
    },
    /// An empty string or list where the document requires content.
    NonEmpty,
    /// A string that does not start with the documented prefix.
    Prefix {
        /// The prefix the value must start with.
        prefix: &'static str,
    },
    /// A list longer than the documented batch size.
    MaxItems {
        /// The most items allowed.
        max: usize,
        /// The items the list has.
        actual: usize,
    },
    /// The request could not be encoded at all (a custom `Serialize` failed, say).
    Unencodable {
        /// Why encoding failed.
        reason: String,
    },
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Chars { min, max, actual } => {
                write!(f, "must have {min} to {max} characters, has {actual}")
            }
            Rule::MaxBytes { max, actual } => {
                write!(f, "must be at most {max} UTF-8 bytes, is {actual}")
            }
            Rule::Range { min, max, actual } => {
                write!(f, "must be between {min} and {max}, is {actual}")
            }
            Rule::OneOf { allowed, actual } => write!(f, "must be one of {allowed:?}, is {actual}"),
            Rule::NonEmpty => f.write_str("must not be empty"),
            Rule::Prefix { prefix } => write!(f, "must start with `{prefix}`"),
            Rule::MaxItems { max, actual } => {
                write!(f, "must have at most {max} items, has {actual}")
            }
            Rule::Unencodable { reason } => write!(f, "cannot be encoded: {reason}"),
        }
    }
}

/// One broken limit: the field (as named in Rust) and the rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The field, as named in Rust.
    pub field: &'static str,
    /// The limit it broke.
    pub rule: Rule,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.field, self.rule)
    }
}

/// A request that breaks documented limits; it was not sent. Holds every violation, in field order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    violations: Vec<Violation>,
}

impl Invalid {
    pub(crate) fn unencodable(reason: String) -> Self {
        Invalid { violations: vec![Violation { field: "request", rule: Rule::Unencodable { reason } }] }
    }

    /// Every violation, in field order; never empty.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The first violated field.
    pub fn field(&self) -> &'static str {
        self.violations[0].field
    }

    /// The first violated rule.
    pub fn rule(&self) -> &Rule {
        &self.violations[0].rule
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid request: ")?;
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            violation.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

/// Collects violations; the generated `validate` runs every field's rules, then [`Validator::finish`].
#[derive(Default)]
pub struct Validator {
    violations: Vec<Violation>,
}

impl Validator {
    /// A validator with no violations yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn fail(&mut self, field: &'static str, rule: Rule) {
        self.violations.push(Violation { field, rule });
    }

    /// Records a violation if the text has fewer than `min` or more than `max` characters.
    pub fn chars<T: TextField + ?Sized>(&mut self, field: &'static str, value: &T, min: usize, max: usize) {
        if let Some(text) = value.text() {
            let actual = text.chars().count();
            if actual < min || actual > max {
                self.fail(field, Rule::Chars { min, max, actual });
            }
        }
    }

    /// Records a violation if the text (UTF-8) or the upload is longer than `max` bytes.
    pub fn max_bytes<T: ByteField + ?Sized>(&mut self, field: &'static str, value: &T, max: usize) {
        if let Some(actual) = value.bytes() {
            if actual > max {
                self.fail(field, Rule::MaxBytes { max, actual });
            }
        }
    }

    /// Records a violation if the text does not start with `prefix`.
    pub fn prefix<T: TextField + ?Sized>(&mut self, field: &'static str, value: &T, prefix: &'static str) {
        if let Some(text) = value.text() {
            if !text.starts_with(prefix) {
                self.fail(field, Rule::Prefix { prefix });
            }
        }
    }

    /// Records a violation if the number is below `min` or above `max`.
    pub fn range<T: NumberField + ?Sized>(&mut self, field: &'static str, value: &T, min: i128, max: i128) {
        if let Some(actual) = value.number() {
            if actual < min || actual > max {
                self.fail(field, Rule::Range { min, max, actual });
            }
        }
    }

    /// Records a violation if the number is not among `allowed`.
    pub fn one_of<T: NumberField + ?Sized>(
        &mut self,
        field: &'static str,
        value: &T,
        allowed: &'static [i128],
    ) {
        if let Some(actual) = value.number() {
            if !allowed.contains(&actual) {
                self.fail(field, Rule::OneOf { allowed, actual });
            }
        }
    }

    /// Records a violation if the text or list is empty.
    pub fn non_empty<T: LengthField + ?Sized>(&mut self, field: &'static str, value: &T) {
        if value.length() == Some(0) {
            self.fail(field, Rule::NonEmpty);
        }
    }

    /// Records a violation if the list has more than `max` items.
    pub fn max_items<T: ListField + ?Sized>(&mut self, field: &'static str, value: &T, max: usize) {
        if let Some(actual) = value.items() {
            if actual > max {
                self.fail(field, Rule::MaxItems { max, actual });
            }
        }
    }

    /// `Ok` if nothing was violated, else every violation as [`Invalid`].
    pub fn finish(self) -> Result<(), Invalid> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(Invalid { violations: self.violations })
        }
    }
}

/// Text that `chars` and `prefix` can measure; `None` (an unset optional) passes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not text: `chars` and `prefix` apply to `String`, `&str`, `Box<str>`, `Cow<str>` or an `Option` of them",
    label = "this field is not text"
)]
pub trait TextField {
    /// The text, or `None` for an unset optional.
    fn text(&self) -> Option<&str>;
}

/// What `max_bytes` can measure: text (its UTF-8 bytes) or an upload (its size); `None` (an unset
/// optional) passes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no size in bytes: `max_bytes` applies to text, an `Upload` or an `Option` of them",
    label = "this field has no size in bytes"
)]
pub trait ByteField {
    /// The size in bytes, or `None` for an unset optional.
    fn bytes(&self) -> Option<usize>;
}

impl<T: ByteField + ?Sized> ByteField for &T {
    fn bytes(&self) -> Option<usize> {
        (**self).bytes()
    }
}

impl<T: ByteField> ByteField for Option<T> {
    fn bytes(&self) -> Option<usize> {
        self.as_ref().and_then(ByteField::bytes)
    }
}

/// A number that `range` and `one_of` can compare; `None` (an unset optional) passes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an integer: `range` and `one_of` apply to integer types or an `Option` of one",
    label = "this field is not an integer"
)]
pub trait NumberField {
    /// The number, or `None` for an unset optional.
    fn number(&self) -> Option<i128>;
}

/// A list that `max_items` can count; `None` (an unset optional) passes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a list: `max_items` applies to `Vec<T>`, slices or an `Option` of them",
    label = "this field is not a list"
)]
pub trait ListField {
    /// The number of items, or `None` for an unset optional.
    fn items(&self) -> Option<usize>;
}

/// Anything `non_empty` can check: text or a list; `None` (an unset optional) passes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no length: `non_empty` applies to text, lists or an `Option` of them",
    label = "this field has no length"
)]
pub trait LengthField {
    /// The length (bytes of text, items of a list), or `None` for an unset optional.
    fn length(&self) -> Option<usize>;
}

macro_rules! text_types {
    ($($ty:ty),*) => {$(
        impl TextField for $ty {
            fn text(&self) -> Option<&str> { Some(self) }
        }
        impl LengthField for $ty {
            fn length(&self) -> Option<usize> { Some(str::len(self)) }
        }
        impl ByteField for $ty {
            fn bytes(&self) -> Option<usize> { Some(str::len(self)) }
        }
    )*};
}
text_types!(str, String, Box<str>, Cow<'_, str>);

macro_rules! number_types {
    ($($ty:ty),*) => {$(
        impl NumberField for $ty {
            fn number(&self) -> Option<i128> { Some(i128::from(*self)) }
        }
    )*};
}
number_types!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T> ListField for [T] {
    fn items(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T> ListField for Vec<T> {
    fn items(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T> LengthField for [T] {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T> LengthField for Vec<T> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl<T: TextField + ?Sized> TextField for &T {
    fn text(&self) -> Option<&str> {
        (**self).text()
    }
}

impl<T: TextField> TextField for Option<T> {
    fn text(&self) -> Option<&str> {
        self.as_ref().and_then(TextField::text)
    }
}

impl<T: NumberField> NumberField for Option<T> {
    fn number(&self) -> Option<i128> {
        self.as_ref().and_then(NumberField::number)
    }
}

impl<T: ListField> ListField for Option<T> {
    fn items(&self) -> Option<usize> {
        self.as_ref().and_then(ListField::items)
    }
}

impl<T: LengthField + ?Sized> LengthField for &T {
    fn length(&self) -> Option<usize> {
        (**self).length()
    }
}

impl<T: LengthField> LengthField for Option<T> {
    fn length(&self) -> Option<usize> {
        self.as_ref().and_then(LengthField::length)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_count_scalar_values_and_bytes_count_utf8() {
        let mut v = Validator::new();
        v.chars("a", "中文中文", 4, 120);
        v.max_bytes("b", "中文", 6);
        assert!(v.finish().is_ok());

        let mut v = Validator::new();
        v.chars("a", "中文", 4, 120);
        v.max_bytes("b", "中文中", 8);
        let invalid = v.finish().unwrap_err();
        assert_eq!(invalid.violations().len(), 2);
        assert_eq!(invalid.field(), "a");
        assert_eq!(invalid.rule(), &Rule::Chars { min: 4, max: 120, actual: 2 });
        assert_eq!(invalid.violations()[1].rule, Rule::MaxBytes { max: 8, actual: 9 });
        assert_eq!(
            invalid.to_string(),
            "invalid request: `a` must have 4 to 120 characters, has 2; `b` must be at most 8 UTF-8 bytes, is 9"
        );
    }

    #[test]
    fn unset_optionals_pass_every_rule() {
        let mut v = Validator::new();
        let none_text: Option<String> = None;
        let none_number: Option<u32> = None;
        let none_list: Option<Vec<u8>> = None;
        v.chars("a", &none_text, 1, 2);
        v.prefix("a", &none_text, "@TOA#_");
        v.range("b", &none_number, 1, 2);
        v.one_of("b", &none_number, &[1]);
        v.max_items("c", &none_list, 0);
        v.non_empty("c", &none_list);
        assert!(v.finish().is_ok());
    }

    #[test]
    fn numbers_lists_and_prefixes() {
        let mut v = Validator::new();
        v.range("n", &Some(0u32), 1, 10);
        v.one_of("s", &2u8, &[0, 1]);
        v.max_items("l", &vec![1, 2, 3], 2);
        v.non_empty("e", &String::new());
        v.prefix("p", &Some("abc".to_string()), "@TOA#_");
        let rules: Vec<_> = v.finish().unwrap_err().violations().iter().map(|v| v.field).collect();
        assert_eq!(rules, ["n", "s", "l", "e", "p"]);
    }
}
