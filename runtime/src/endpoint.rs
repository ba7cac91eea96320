//! What an endpoint is, as data: the trait `#[wx_endpoint]` implements, and the metadata types.

use std::marker::PhantomData;

use serde::Serialize;

use crate::error_table::{ApiErrorKind, ErrorDoc};
use crate::http::HttpResponse;
pub use crate::http::Method;
use crate::payload::FormPart;
use crate::validate::Invalid;

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
    /// The family's short name: `wechat` or `im`.
    pub fn as_str(self) -> &'static str {
        match self {
            ApiFamily::WeChat => "wechat",
            ApiFamily::TencentIm => "im",
        }
    }

    /// What the family calls its error code, for messages.
    pub(crate) fn code_name(self) -> &'static str {
        match self {
            ApiFamily::WeChat => "errcode",
            ApiFamily::TencentIm => "ErrorCode",
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
    /// The kind's short name: `authorizer`, `app`, `component`, `none` or `im_admin`.
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

/// What an endpoint is, as data: one `&'static` record per endpoint, written by `#[wx_endpoint]`,
/// that the [`Endpoint`] trait, the call path and the registry all read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// Name in the API documents (and the CLI), e.g. `setSignature`.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// Path below the family's base URL, without query.
    pub path: &'static str,
    /// Query parameters the document fixes (`action=create`), sent as written, before the
    /// credential; empty for none.
    pub query: &'static str,
    /// The API family.
    pub family: ApiFamily,
    /// The credential it is called with.
    pub credential: CredentialKind,
    /// WeChat: the query parameter that carries the credential (`access_token`, or
    /// `component_access_token`, as the document's request line names it); empty without one.
    pub credential_param: &'static str,
    /// WeChat third-party permission sets; holding any one is enough. Empty: none documented.
    pub perm_sets: &'static [u16],
    /// The documented error table: the endpoint's own rows, then its shared tables'.
    pub errors: &'static [ErrorDoc],
    /// The response carries secrets (tokens): errors about it keep no part of the body.
    pub sensitive: bool,
    /// Success answers bytes (an image); failures still answer the JSON envelope.
    pub binary: bool,
    /// Sending it twice does no harm: transport failures and unreadable answers may then be
    /// retried. Queries are; modifications are not unless declared `idempotent`.
    pub idempotent: bool,
    /// Tencent IM: the command's documented calls per second where lower than the family's 200
    /// (0: the family's). The client's limiter keeps to it.
    pub calls_per_second: u32,
}

/// An API endpoint: pure data, implemented by `#[wx_endpoint]`. [`Client`](crate::Client) does the I/O.
///
/// The facts are one record, [`METADATA`](Self::METADATA); the constants below are views of it.
pub trait Endpoint: Serialize + Sync {
    /// The endpoint's facts.
    const METADATA: &'static Metadata;
    /// Name in the API documents (and the CLI), e.g. `setSignature`.
    const NAME: &'static str = Self::METADATA.name;
    /// The HTTP method.
    const METHOD: Method = Self::METADATA.method;
    /// Path below the family's base URL, without query.
    const PATH: &'static str = Self::METADATA.path;
    /// Query parameters the document fixes (`action=create`); empty for none.
    const QUERY: &'static str = Self::METADATA.query;
    /// The API family.
    const FAMILY: ApiFamily = Self::METADATA.family;
    /// WeChat third-party permission sets; holding any one is enough. Empty: none documented.
    const PERM_SETS: &'static [u16] = Self::METADATA.perm_sets;
    /// The credential it is called with.
    const CREDENTIAL: CredentialKind = Self::METADATA.credential;
    /// The documented error table.
    const ERRORS: &'static [ErrorDoc] = Self::METADATA.errors;

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

    /// A POST's fields declared `#[wx(query)]`, URL-encoded: sent after the fixed query and the
    /// credential (empty: none).
    fn query_fields(&self) -> Result<String, Invalid> {
        Ok(String::new())
    }
}

/// The stand-in endpoint of a declaration that failed to compile (a tuple or generic struct): its
/// `call` keeps the user's code type-checking with the declared error enum and response, so the
/// one real error is all the user sees. It is never sent: the crate does not build.
#[doc(hidden)]
pub struct Rejected<K, R>(PhantomData<fn() -> (K, R)>);

impl<K: 'static, R: 'static> Rejected<K, R> {
    /// The one value of the stand-in.
    pub const STUB: &'static Self = &Rejected(PhantomData);
}

impl<K, R> Serialize for Rejected<K, R> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

impl<K: ApiErrorKind, R: Send + 'static> Endpoint for Rejected<K, R> {
    const METADATA: &'static Metadata = &Metadata {
        name: "rejected declaration",
        method: Method::Post,
        path: "/",
        query: "",
        family: ApiFamily::WeChat,
        credential: CredentialKind::None,
        credential_param: "",
        perm_sets: &[],
        errors: K::DOCS,
        sensitive: false,
        binary: false,
        idempotent: false,
        calls_per_second: 0,
    };
    type Response = R;
    type Error = K;

    fn validate(&self) -> Result<(), Invalid> {
        Err(Invalid::unencodable("this endpoint's declaration did not compile".to_owned()))
    }

    fn decode_response(_: &HttpResponse) -> Result<R, serde_json::Error> {
        Err(serde::de::Error::custom("this endpoint's declaration did not compile"))
    }
}
