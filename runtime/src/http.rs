//! The HTTP request and response as the call path and a [`Transport`](crate::Transport) exchange
//! them: plain data, shared by the endpoint trait, the call path and the transports.

use bytes::Bytes;

use crate::payload::FormPart;

/// HTTP method of an endpoint. WeChat uses both; Tencent IM only POST.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// A request ready to send. `url` carries credentials: never print it.
pub struct HttpRequest {
    pub method: Method,
    pub url: String,
    pub body: RequestBody,
}

/// What a request carries besides its URL.
#[derive(Clone, Debug)]
pub enum RequestBody {
    /// GET.
    None,
    Json(Bytes),
    Multipart(Vec<FormPart>),
}

/// A response read in full (within the size cap).
#[derive(Clone, Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Bytes,
}
