//! A push's fields as received (XML elements or JSON members), read leniently: WeChat's samples
//! print numbers bare or in CDATA, a list of one as a single element, field names in either case.

use serde_json::{Map, Value};

/// The fields of a push, or of one of its nested elements.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields<'a>(pub(crate) &'a Map<String, Value>);

impl<'a> Fields<'a> {
    /// The text of `name`: a string, or a number written out.
    pub(crate) fn text(self, name: &str) -> Option<String> {
        match self.0.get(name)? {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        }
    }

    /// The text of `name`, empty when absent.
    pub(crate) fn string(self, name: &str) -> String {
        self.text(name).unwrap_or_default()
    }

    /// `name` as an integer: a JSON number or decimal text.
    pub(crate) fn int(self, name: &str) -> Option<i64> {
        match self.0.get(name)? {
            Value::Number(number) => number.as_i64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }

    /// `name` as a number with a fraction (coordinates).
    pub(crate) fn float(self, name: &str) -> Option<f64> {
        match self.0.get(name)? {
            Value::Number(number) => number.as_f64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }

    /// The nested element `name`.
    pub(crate) fn object(self, name: &str) -> Option<Fields<'a>> {
        self.0.get(name).and_then(Value::as_object).map(Fields)
    }

    /// The elements named `name`: repeated, or one.
    pub(crate) fn list(self, name: &str) -> Vec<Fields<'a>> {
        match self.0.get(name) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).map(Fields).collect(),
            Some(Value::Object(item)) => vec![Fields(item)],
            _ => Vec::new(),
        }
    }
}
