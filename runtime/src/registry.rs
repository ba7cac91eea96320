//! Every endpoint declared with `#[wx_endpoint]`, in this crate and any crate linked with it:
//! the macro submits each one's metadata here (through `inventory`), for completeness checks and the
//! command line.

use crate::endpoint::{ApiFamily, CredentialKind, Endpoint, ErrorDoc, Method};

/// An endpoint's metadata, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndpointInfo {
    pub name: &'static str,
    pub method: Method,
    pub path: &'static str,
    pub family: ApiFamily,
    pub perm_sets: &'static [u16],
    pub credential: CredentialKind,
    pub errors: &'static [ErrorDoc],
    /// The Rust type, e.g. `wx_endpoints::wechat::basic_info::SetSignature`.
    pub type_name: &'static str,
}

impl EndpointInfo {
    pub const fn of<E: Endpoint>(type_name: &'static str) -> Self {
        EndpointInfo {
            name: E::NAME,
            method: E::METHOD,
            path: E::PATH,
            family: E::FAMILY,
            perm_sets: E::PERM_SETS,
            credential: E::CREDENTIAL,
            errors: E::ERRORS,
            type_name,
        }
    }
}

inventory::collect!(EndpointInfo);

/// Every registered endpoint (in no particular order).
pub fn endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    inventory::iter::<EndpointInfo>.into_iter()
}

/// The endpoint with the document's interface `name`.
pub fn endpoint(name: &str) -> Option<&'static EndpointInfo> {
    endpoints().find(|info| info.name == name)
}
