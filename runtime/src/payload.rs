//! Wire shapes beyond plain JSON: image responses, multipart uploads, JSON carried inside a string.

use std::fmt;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A successful response that is not JSON (a QR code image): the bytes and their content type.
#[derive(Clone, PartialEq, Eq)]
pub struct Binary {
    /// The response's `Content-Type` (empty when it had none).
    pub content_type: String,
    /// The response body.
    pub bytes: Bytes,
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Binary")
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// A file sent as a multipart part (`/wxa/uploadmedia`'s `media`).
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    /// The file name sent with the part.
    pub filename: String,
    /// The content type sent with the part.
    pub content_type: String,
    /// The file's content.
    pub bytes: Bytes,
}

impl Upload {
    /// An upload of `bytes`, named `filename`, of type `content_type`.
    pub fn new(
        filename: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Upload { filename: filename.into(), content_type: content_type.into(), bytes: bytes.into() }
    }
}

/// `#[wx(max_bytes = N)]` on an upload checks its size before anything is sent.
impl crate::validate::ByteField for Upload {
    fn bytes(&self) -> Option<usize> {
        Some(self.bytes.len())
    }
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// Uploads travel as multipart parts, never as JSON: serializing one writes its description only.
impl Serialize for Upload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("<{} bytes of {}>", self.bytes.len(), self.content_type))
    }
}

/// From JSON (the command line): `{"filename": "a.png", "content_type": "image/png", "base64": "..."}`.
impl<'de> Deserialize<'de> for Upload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use base64::Engine as _;
        #[derive(Deserialize)]
        struct Wire {
            filename: String,
            content_type: String,
            base64: String,
        }
        let wire = Wire::deserialize(deserializer)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(wire.base64)
            .map_err(serde::de::Error::custom)?;
        Ok(Upload::new(wire.filename, wire.content_type, bytes))
    }
}

/// One part of a multipart body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormPart {
    /// The part's field name.
    pub name: &'static str,
    /// The file name, for file parts.
    pub filename: Option<String>,
    /// The content type, for file parts.
    pub content_type: Option<String>,
    /// The part's content.
    pub bytes: Bytes,
}

/// A field that can be a multipart part; `None` (an unset optional) sends no part.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a multipart part: use `Upload`, `String` or an `Option` of them",
    label = "this field is not a form part"
)]
pub trait IntoFormPart {
    /// The part named `name`, or `None` to send no part.
    fn form_part(&self, name: &'static str) -> Option<FormPart>;
}

impl IntoFormPart for Upload {
    fn form_part(&self, name: &'static str) -> Option<FormPart> {
        Some(FormPart {
            name,
            filename: Some(self.filename.clone()),
            content_type: Some(self.content_type.clone()),
            bytes: self.bytes.clone(),
        })
    }
}

impl IntoFormPart for String {
    fn form_part(&self, name: &'static str) -> Option<FormPart> {
        Some(FormPart { name, filename: None, content_type: None, bytes: Bytes::from(self.clone()) })
    }
}

impl<T: IntoFormPart> IntoFormPart for Option<T> {
    fn form_part(&self, name: &'static str) -> Option<FormPart> {
        self.as_ref().and_then(|value| value.form_part(name))
    }
}

/// JSON sent inside a JSON string, as WeChat wants `ext_json`: `{"ext_json": "{\"extAppid\":...}"}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JsonString<T>(pub T);

impl<T: Serialize> Serialize for JsonString<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(&self.0).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for JsonString<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        serde_json::from_str(&text).map(JsonString).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_nest() {
        let value = JsonString(serde_json::json!({"extAppid": "wx1", "ext": {"a": 1}}));
        let text = serde_json::to_string(&serde_json::json!({ "ext_json": value })).unwrap();
        assert_eq!(text, r#"{"ext_json":"{\"ext\":{\"a\":1},\"extAppid\":\"wx1\"}"}"#);
        let back: JsonString<serde_json::Value> = serde_json::from_str(r#""{\"a\":1}""#).unwrap();
        assert_eq!(back.0["a"], 1);
    }
}
