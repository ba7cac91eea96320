//! The HTTP request and response as the call path and a [`Transport`](crate::Transport) exchange
//! them: plain data, shared by the endpoint trait, the call path and the transports.

use bytes::Bytes;

use crate::payload::FormPart;

/// HTTP method of an endpoint. WeChat uses both; Tencent IM only POST.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// HTTP GET.
    Get,
    /// HTTP POST.
    Post,
}

impl Method {
    /// The method's name: `GET` or `POST`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// A request ready to send. `url` carries credentials: never print it.
pub struct HttpRequest {
    /// The HTTP method.
    pub method: Method,
    /// The full URL, query (and credentials) included.
    pub url: String,
    /// The body.
    pub body: RequestBody,
}

/// What a request carries besides its URL.
#[derive(Clone, Debug)]
pub enum RequestBody {
    /// GET.
    None,
    /// A JSON body, already encoded.
    Json(Bytes),
    /// A multipart form of these parts.
    Multipart(Vec<FormPart>),
}

/// A response read in full (within the size cap).
#[derive(Clone, Debug)]
pub struct HttpResponse {
    /// The HTTP status of the response.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The response body.
    pub body: Bytes,
}
