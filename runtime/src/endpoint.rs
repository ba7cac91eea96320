//! What an endpoint is, as data: the trait `#[wx_endpoint]` implements, and the metadata types.

use std::marker::PhantomData;

use serde::Serialize;

use crate::error_table::{ApiErrorKind, ErrorDoc};
use crate::payload::FormPart;
use crate::transport::HttpResponse;
use crate::validate::Invalid;

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

/// The API family decides the host, the authentication query parameters and the envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiFamily {
    /// `https://api.weixin.qq.com`, `?access_token=`, `{errcode, errmsg}`.
    WeChat,
    /// Tencent Cloud IM REST API: `?sdkappid=&identifier=&usersig=&random=&contenttype=json`,
    /// `{ActionStatus, ErrorCode, ErrorInfo}`.
    TencentIm,
}

impl ApiFamily {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiFamily::WeChat => "wechat",
            ApiFamily::TencentIm => "im",
        }
    }
}

/// Which credential an endpoint is called with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CredentialKind {
    /// The managed account's access token: an authorizer_access_token when called through
    /// [`Client::authorizer`](crate::Client::authorizer), the app's own token when called through the
    /// bare client (WeChat documents both as "the same call, only the token differs").
    Authorizer,
    /// The app's own access_token only (endpoints a third-party platform cannot call on a
    /// merchant's behalf).
    App,
    /// The third-party platform's component_access_token, sent as `component_access_token`.
    Component,
    /// No credential (token endpoints themselves).
    None,
    /// Tencent IM: the administrator's UserSig.
    ImAdmin,
}

impl CredentialKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialKind::Authorizer => "authorizer",
            CredentialKind::App => "app",
            CredentialKind::Component => "component",
            CredentialKind::None => "none",
            CredentialKind::ImAdmin => "im_admin",
        }
    }
}

/// An API endpoint: pure data, implemented by `#[wx_endpoint]`. [`Client`](crate::Client) does the I/O.
///
/// The generated impl states only what differs from the defaults below: every item it leaves out is
/// one less thing for the compiler to check in each of hundreds of endpoints.
pub trait Endpoint: Serialize + Sync {
    /// Name in the API documents (and the CLI), e.g. `setSignature`.
    const NAME: &'static str;
    const METHOD: Method = Method::Post;
    /// Path below the family's base URL, without query.
    const PATH: &'static str;
    /// Query parameters the document fixes (`action=create`), sent as written, before the
    /// credential; empty for none.
    const QUERY: &'static str = "";
    const FAMILY: ApiFamily = ApiFamily::WeChat;
    /// WeChat third-party permission sets; holding any one is enough. Empty: none documented.
    const PERM_SETS: &'static [u16] = &[];
    const CREDENTIAL: CredentialKind = CredentialKind::Authorizer;
    /// The documented error table.
    const ERRORS: &'static [ErrorDoc] = <Self::Error as ApiErrorKind>::DOCS;
    /// The response carries secrets (tokens): errors about it keep no part of the body.
    const SENSITIVE: bool = false;
    /// Success answers bytes (an image); failures still answer the JSON envelope.
    const BINARY: bool = false;
    /// Sending it twice does no harm: transport failures and unreadable answers may then be retried.
    /// Queries are; modifications are not unless declared `idempotent`.
    const IDEMPOTENT: bool = false;

    /// The payload of a successful response, beyond the envelope (`()` for none).
    type Response: Send;
    /// The generated error enum.
    type Error: ApiErrorKind;

    /// Client-side checks of the documented limits; a failure means nothing is sent.
    fn validate(&self) -> Result<(), Invalid> {
        Ok(())
    }

    /// Reads the payload out of a successful response.
    fn decode_response(response: &HttpResponse) -> Result<Self::Response, serde_json::Error>;

    /// The multipart body, for endpoints declared `multipart` (`None`: a JSON body or GET query).
    fn form_parts(&self) -> Option<Vec<FormPart>> {
        None
    }
}

/// The stand-in endpoint of a declaration that failed to compile (a tuple or generic struct): its
/// `call` keeps the user's code type-checking with the declared error enum and response, so the
/// one real error is all the user sees. It is never sent: the crate does not build.
#[doc(hidden)]
pub struct Rejected<K, R>(PhantomData<fn() -> (K, R)>);

impl<K: 'static, R: 'static> Rejected<K, R> {
    pub const STUB: &'static Self = &Rejected(PhantomData);
}

impl<K, R> Serialize for Rejected<K, R> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

impl<K: ApiErrorKind, R: Send + 'static> Endpoint for Rejected<K, R> {
    const NAME: &'static str = "rejected declaration";
    const PATH: &'static str = "/";
    type Response = R;
    type Error = K;

    fn validate(&self) -> Result<(), Invalid> {
        Err(Invalid::unencodable("this endpoint's declaration did not compile".to_owned()))
    }

    fn decode_response(_: &HttpResponse) -> Result<R, serde_json::Error> {
        Err(serde::de::Error::custom("this endpoint's declaration did not compile"))
    }
}
