//! Wire shapes beyond plain JSON: image responses, multipart uploads (from memory or streamed from
//! a file), JSON carried inside a string.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

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

/// What a multipart part carries: bytes in memory, or a file read from disk as it is sent.
#[derive(Clone, PartialEq, Eq)]
pub enum PartContent {
    /// Bytes in memory.
    Bytes(Bytes),
    /// A file streamed from disk at each attempt, never held in memory whole. `len` is its size
    /// when the upload was made: the size check uses it, and a file that has changed size by the
    /// time it is sent is refused (`TransportErrorKind::File`) rather than sent cut or padded.
    File {
        /// The file's path.
        path: PathBuf,
        /// Its size in bytes.
        len: u64,
    },
}

impl PartContent {
    /// The size in bytes.
    pub fn len(&self) -> u64 {
        match self {
            PartContent::Bytes(bytes) => bytes.len() as u64,
            PartContent::File { len, .. } => *len,
        }
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for PartContent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartContent::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            PartContent::File { path, len } => write!(f, "File({}, {len} bytes)", path.display()),
        }
    }
}

/// A file sent as a multipart part (`/wxa/uploadmedia`'s `media`): bytes in memory
/// ([`Upload::new`]) or a file streamed from disk ([`Upload::file`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    /// The file name sent with the part.
    pub filename: String,
    /// The content type sent with the part.
    pub content_type: String,
    /// The file's content.
    pub content: PartContent,
}

impl Upload {
    /// An upload of `bytes`, named `filename`, of type `content_type`.
    pub fn new(
        filename: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Upload {
            filename: filename.into(),
            content_type: content_type.into(),
            content: PartContent::Bytes(bytes.into()),
        }
    }

    /// An upload of the file at `path`, of type `content_type`, named as the path names it. Only
    /// its size is read now; the content is streamed from disk when the call sends it (again at
    /// each retry), so a large video never sits in memory.
    ///
    /// Fails when `path` is not a readable regular file.
    pub fn file(path: impl AsRef<Path>, content_type: impl Into<String>) -> io::Result<Self> {
        let path = path.as_ref();
        let metadata = std::fs::metadata(path)?;
        if !metadata.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file", path.display()),
            ));
        }
        let filename = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(Upload {
            filename,
            content_type: content_type.into(),
            content: PartContent::File { path: path.to_owned(), len: metadata.len() },
        })
    }
}

/// `#[wx(max_bytes = N)]` on an upload checks its size before anything is sent.
impl crate::validate::ByteField for Upload {
    fn bytes(&self) -> Option<usize> {
        Some(usize::try_from(self.content.len()).unwrap_or(usize::MAX))
    }
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("content", &self.content)
            .finish()
    }
}

/// Uploads travel as multipart parts, never as JSON: serializing one writes its description only.
impl Serialize for Upload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("<{} bytes of {}>", self.content.len(), self.content_type))
    }
}

/// From JSON (the command line): the content inline, `{"filename": "a.png", "content_type":
/// "image/png", "base64": "..."}`, or a file, `{"path": "video.mp4", "content_type": "video/mp4"}`
/// (`filename` optional: the path's last segment).
impl<'de> Deserialize<'de> for Upload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use base64::Engine as _;
        use serde::de::Error as _;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Wire {
            filename: Option<String>,
            content_type: String,
            base64: Option<String>,
            path: Option<PathBuf>,
        }
        let wire = Wire::deserialize(deserializer)?;
        let upload = match (wire.base64, wire.path) {
            (Some(base64), None) => {
                let bytes =
                    base64::engine::general_purpose::STANDARD.decode(base64).map_err(D::Error::custom)?;
                let filename = wire.filename.ok_or_else(|| D::Error::missing_field("filename"))?;
                Upload::new(filename, wire.content_type, bytes)
            }
            (None, Some(path)) => {
                let mut upload = Upload::file(&path, wire.content_type)
                    .map_err(|e| D::Error::custom(format_args!("cannot upload {}: {e}", path.display())))?;
                if let Some(filename) = wire.filename {
                    upload.filename = filename;
                }
                upload
            }
            _ => {
                return Err(D::Error::custom(
                    "an upload gives either `base64` (the content) or `path` (a file)",
                ))
            }
        };
        Ok(upload)
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
    pub content: PartContent,
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
            content: self.content.clone(),
        })
    }
}

impl IntoFormPart for String {
    fn form_part(&self, name: &'static str) -> Option<FormPart> {
        let content = PartContent::Bytes(Bytes::from(self.clone()));
        Some(FormPart { name, filename: None, content_type: None, content })
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
