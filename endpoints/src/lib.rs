#![warn(missing_docs)]
//! WeChat Open Platform and Tencent Cloud IM server APIs, one typed struct per endpoint.
//!
//! ```no_run
//! use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSearchStatusError};
//! use wx_endpoints::{Client, Error, StaticCredentials};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .credentials(StaticCredentials::new().authorizer_token("wx1234567890abcdef", "AUTHORIZER_TOKEN"))
//!     .build()?;
//! let merchant = client.authorizer("wx1234567890abcdef");
//! match (SetSearchStatus { status: SearchStatus::Hidden }).call(&merchant).await {
//!     Ok(()) => {}
//!     Err(Error::Api { kind: SetSearchStatusError::SearchStatusBanned, .. }) => { /* tell the operator */ }
//!     Err(e) if e.is_retryable() => { /* try again later */ }
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Every endpoint is declared with [`macro@wx_endpoint`]; the same attribute declares your own
//! (its documentation is the grammar), and [`error_table!`] declares error codes a family of
//! endpoints shares.

// Generated code names `::wx_endpoints::__private`, in this crate as in users' crates.
extern crate self as wx_endpoints;

pub mod im;
#[cfg(feature = "mini-program")]
pub mod mini_program;
#[cfg(feature = "official-account")]
pub mod official_account;
#[cfg(feature = "open-platform")]
pub mod push;
pub mod wechat;

#[doc(inline)]
#[doc = include_str!("wx_endpoint.md")]
pub use wx_macros::wx_endpoint;

#[doc(inline)]
#[doc = include_str!("error_table.md")]
pub use wx_macros::error_table;
// The runtime, item by item (no glob: what this crate publishes is chosen here, and the runtime's
// hidden macros and helpers stay out of it). `im` is this crate's own module, which re-exports the
// runtime's UserSig tools beside the IM endpoints.
pub use wx_runtime::{
    body_signature, classify, hmac_sha256_hex, ApiErrorKind, ApiFamily, AppTokenMode, AuthType, Authorizer,
    Binary, BoxFuture, BuildError, Call, Client, ClientBuilder, Credential, CredentialError, CredentialKind,
    CredentialRequest, CredentialSource, DecodeError, Endpoint, Error, ErrorClass, ErrorDoc, ErrorTable,
    FormPart, HttpRequest, HttpResponse, ImAccount, ImRegion, IntoFormPart, Invalid, JsonString, MemoryStore,
    Metadata, Method, NotGranted, PartContent, RateLimit, RequestBody, ReqwestTransport, RetryPolicy, Rule,
    Secret, StaticCredentials, Target, TokenManager, TokenStore, Transport, TransportConfig, TransportError,
    TransportErrorKind, Upload, Violation, DEFAULT_IM_BASE, DEFAULT_WECHAT_BASE,
};
pub use wx_runtime::{callback, registry, token, wire_enum};

#[doc(hidden)]
pub use wx_runtime::__private;

/// serde, for payload types of your own endpoints:
/// `#[derive(wx_endpoints::serde::Deserialize)] #[serde(crate = "wx_endpoints::serde")]`.
pub use wx_runtime::__private::serde;

/// The tier (cargo feature) a registered endpoint of this SDK belongs to, from where it is
/// declared: `open-platform` for [`wechat`] and the runtime's token endpoints, `mini-program` and
/// `official-account` for the modules of those names, `tencent-im` for [`im`]; `None` for
/// endpoints declared in other crates.
pub fn tier_of(info: &registry::EndpointInfo) -> Option<&'static str> {
    const TIERS: &[(&str, &str)] = &[
        ("wx_endpoints::wechat::", "open-platform"),
        ("wx_endpoints::mini_program::", "mini-program"),
        ("wx_endpoints::official_account::", "official-account"),
        ("wx_runtime::token::", "open-platform"),
        ("wx_endpoints::im::", "tencent-im"),
    ];
    TIERS.iter().find(|(module, _)| info.type_name.starts_with(module)).map(|(_, tier)| *tier)
}

/// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
