//! After errors: still emit the struct and its impls, minus what failed, so one mistake does not
//! cascade into "cannot find type", "no method named `call`" or "duplicate definition" errors
//! elsewhere.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::DeriveInput;

use crate::ast::{self, Endpoint};
use crate::attr::{EndpointArgs, ErrorRow};
use crate::expand;

/// Drops what would not expand cleanly: error rows with reserved, repeated names or codes, code 0;
/// a `#[serde]` attribute with an unknown `rename_all` rule (serde's derive would fail on it); a
/// `query` flag where a field cannot be one (it stays a body field).
pub fn sanitize(endpoint: &mut Endpoint) {
    let refused: Vec<bool> = endpoint
        .fields
        .iter()
        .flatten()
        .map(|field| crate::valid::query_field_error(endpoint, field).is_some())
        .collect();
    for (field, refused) in endpoint.fields.iter_mut().flatten().zip(refused) {
        if refused {
            field.args.query = None;
        }
    }
    if endpoint.serde_rename_all().is_some_and(|rule| crate::ast::rename_rule(&rule.value()).is_none()) {
        endpoint.attrs.retain(|attr| {
            !(attr.path().is_ident("serde") && attr.to_token_stream().to_string().contains("rename_all"))
        });
    }
    if let Some(errors) = &mut endpoint.args.errors {
        sanitize_rows(&mut errors.value.rows);
        let mut variants: HashSet<String> = errors.value.rows.iter().map(|r| r.variant.to_string()).collect();
        errors.value.shared.retain(|path| {
            crate::valid::shared_variant(path)
                .is_some_and(|v| v != "Unknown" && variants.insert(v.to_string()))
        });
    }
}

pub fn sanitize_rows(rows: &mut Vec<ErrorRow>) {
    let mut codes = HashSet::new();
    let mut variants = HashSet::new();
    rows.retain(|row| {
        row.code != 0
            && row.variant != "Unknown"
            && row.variant.to_string().starts_with(|c: char| c.is_ascii_uppercase())
            && codes.insert(row.code)
            && variants.insert(row.variant.to_string())
    });
}

/// An item that cannot be an endpoint (an enum, a tuple or generic struct), emitted as written
/// (minus `#[wx]` field attributes), with the error enum and a `call` that type-checks, so the
/// code using it reports nothing more.
pub fn rejected(mut input: DeriveInput, mut args: EndpointArgs) -> TokenStream {
    ast::strip_field_attrs(&mut input);
    let krate = expand::private_path(args.krate.as_ref().map(|k| &k.value));
    if let Some(errors) = &mut args.errors {
        sanitize_rows(&mut errors.value.rows);
    }
    let errors =
        expand::error_enum_items(&input.vis, &input.ident, args.errors.as_ref().map(|e| &e.value), &krate);
    let error_enum = expand::error_enum_name(&input.ident);
    let response = match (&args.binary, &args.response) {
        (Some(_), _) => quote!(#krate::Binary),
        (None, Some(response)) => response.value.to_token_stream(),
        (None, None) => quote!(()),
    };
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let ident = &input.ident;
    let vis = &input.vis;
    quote! {
        #input
        #errors
        impl #impl_generics #ident #ty_generics #where_clause {
            /// Stands in for the call method of a declaration that failed to compile.
            #vis fn call<'a>(
                &'a self,
                target: &'a dyn #krate::Target,
            ) -> #krate::Call<'a, #krate::Rejected<#error_enum, #response>> {
                #krate::Call::new(target, #krate::Rejected::STUB)
            }
        }
    }
}
