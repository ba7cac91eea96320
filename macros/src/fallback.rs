//! After errors: still emit the struct and its impls, minus what failed, so one mistake does not
//! cascade into "cannot find type" or "duplicate definition" errors elsewhere.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::DeriveInput;

use crate::ast::{self, Endpoint};

/// Drops the error rows that would not expand cleanly (reserved, repeated names or codes, code 0).
pub fn sanitize(endpoint: &mut Endpoint) {
    if let Some(errors) = &mut endpoint.args.errors {
        let mut codes = HashSet::new();
        let mut variants = HashSet::new();
        errors.value.retain(|row| {
            row.code != 0
                && row.variant != "Unknown"
                && codes.insert(row.code)
                && variants.insert(row.variant.to_string())
        });
    }
}

/// An item that cannot be an endpoint, emitted as written (minus `#[wx]` field attributes).
pub fn rejected(mut input: DeriveInput) -> TokenStream {
    ast::strip_field_attrs(&mut input);
    input.into_token_stream()
}
