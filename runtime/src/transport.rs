//! The transport seam: one HTTP exchange. [`ReqwestTransport`] is the production implementation;
//! tests and special deployments can plug in their own.

use std::path::Path;
use std::time::Duration;

use bytes::{Bytes, BytesMut};

use crate::credential::BoxFuture;
use crate::error::{TransportError, TransportErrorKind};
use crate::http::{HttpRequest, HttpResponse, Method, RequestBody};
use crate::payload::PartContent;

/// Sends one request. Implementations must never put the URL into errors.
pub trait Transport: Send + Sync + 'static {
    /// Sends `request` and answers its response.
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>>;
}

/// Limits of [`ReqwestTransport`].
#[derive(Clone, Debug)]
pub struct TransportConfig {
    /// The deadline for connecting.
    pub connect_timeout: Duration,
    /// The whole exchange, body included. Tencent IM's backend takes up to 3 s.
    pub timeout: Duration,
    /// Bodies larger than this are refused instead of buffered.
    pub max_response_bytes: usize,
}

impl Default for TransportConfig {
    fn default() -> Self {
        TransportConfig {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(10),
            max_response_bytes: 4 * 1024 * 1024,
        }
    }
}

/// reqwest with one connection pool (rustls, HTTP/1.1 keep-alive).
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    max_response_bytes: usize,
}

impl ReqwestTransport {
    /// A transport with `config`'s timeouts and size cap.
    pub fn new(config: &TransportConfig) -> Result<Self, TransportError> {
        let client = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .user_agent(concat!("wx-rs/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(strip)?;
        Ok(ReqwestTransport { client, max_response_bytes: config.max_response_bytes })
    }

    async fn exchange(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let mut builder = match request.method {
            Method::Get => self.client.get(&request.url),
            Method::Post => self.client.post(&request.url),
        };
        match request.body {
            RequestBody::None => {}
            RequestBody::Json(body) => {
                builder = builder.header(reqwest::header::CONTENT_TYPE, "application/json").body(body);
            }
            RequestBody::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for part in parts {
                    let mut field = match part.content {
                        PartContent::Bytes(bytes) => reqwest::multipart::Part::stream(bytes),
                        PartContent::File { path, len } => {
                            reqwest::multipart::Part::stream_with_length(open_upload(&path, len).await?, len)
                        }
                    };
                    if let Some(filename) = part.filename {
                        field = field.file_name(filename);
                    }
                    if let Some(content_type) = &part.content_type {
                        field = field.mime_str(content_type).map_err(strip)?;
                    }
                    form = form.part(part.name, field);
                }
                builder = builder.multipart(form);
            }
        }
        let mut response = builder.send().await.map_err(strip)?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let too_large = || {
            TransportError::new(
                TransportErrorKind::Body,
                format!("body larger than the {} byte cap", self.max_response_bytes),
            )
        };
        let declared = response.content_length().unwrap_or(0);
        if declared > self.max_response_bytes as u64 {
            return Err(too_large());
        }
        // A small body arrives in one chunk, kept as it is; only a body in several chunks is copied.
        let mut first = Bytes::new();
        let mut joined: Option<BytesMut> = None;
        while let Some(chunk) = response.chunk().await.map_err(strip)? {
            let received = joined.as_ref().map_or(first.len(), BytesMut::len);
            if received + chunk.len() > self.max_response_bytes {
                return Err(too_large());
            }
            match &mut joined {
                Some(body) => body.extend_from_slice(&chunk),
                None if first.is_empty() => first = chunk,
                None => {
                    let mut body = BytesMut::with_capacity((declared as usize).max(received + chunk.len()));
                    body.extend_from_slice(&first);
                    body.extend_from_slice(&chunk);
                    joined = Some(body);
                }
            }
        }
        let body = joined.map_or(first, BytesMut::freeze);
        Ok(HttpResponse { status, content_type, body })
    }
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(self.exchange(request))
    }
}

/// The file of an upload, opened for streaming, when it still has the size the upload recorded
/// (the size check ran on it, and the part declares it).
async fn open_upload(path: &Path, len: u64) -> Result<tokio::fs::File, TransportError> {
    let failed = |reason: String| TransportError::new(TransportErrorKind::File, reason);
    let file = tokio::fs::File::open(path).await.map_err(|e| failed(format!("{}: {e}", path.display())))?;
    let now = file.metadata().await.map_err(|e| failed(format!("{}: {e}", path.display())))?.len();
    if now != len {
        return Err(failed(format!(
            "{} changed size since the upload was made ({len} bytes, now {now}): nothing sent",
            path.display()
        )));
    }
    Ok(file)
}

/// Drops the URL (it carries `access_token` / `usersig`) and keeps what kind of failure it was.
fn strip(error: reqwest::Error) -> TransportError {
    let kind = if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_timeout() {
        TransportErrorKind::Timeout
    } else if error.is_body() || error.is_decode() {
        TransportErrorKind::Body
    } else {
        TransportErrorKind::Other
    };
    let error = error.without_url();
    TransportError::new(kind, error.to_string()).with_source(error)
}
