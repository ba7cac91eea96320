//! Code generation only: the struct with its serialization, the error enum, the `Endpoint` impl
//! (metadata, validation, payload decoding), the `call` method, and `error_table!`'s shared
//! tables. Everything is named through `::wx_endpoints::__private`, so a user's crate needs no
//! other dependency.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::Ident;

use crate::ast::{Endpoint, Field};
use crate::attr::{Check, Credential, ErrorRow, Errors, Family, Method, TableArgs};
use crate::valid;

/// `::wx_endpoints::__private`, or `<crate = path>::__private`.
pub fn private_path(krate: Option<&syn::Path>) -> TokenStream {
    match krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::wx_endpoints::__private),
    }
}

pub fn endpoint(endpoint: &Endpoint) -> TokenStream {
    let krate = private_path(endpoint.args.krate.as_ref().map(|k| &k.value));
    let error_enum = error_enum_name(&endpoint.ident);
    let item = item(endpoint, &krate);
    let errors = error_enum_items(
        &endpoint.vis,
        &endpoint.ident,
        endpoint.args.errors.as_ref().map(|e| &e.value),
        &krate,
    );
    let endpoint_impl = endpoint_impl(endpoint, &error_enum, &krate);
    quote! {
        #item
        #errors
        #endpoint_impl
    }
}

pub fn error_enum_name(endpoint: &Ident) -> Ident {
    format_ident!("{}Error", endpoint)
}

/// The struct as written, minus `#[wx]`, plus `Serialize`, each field's wire name pinned, the
/// skipping of unset optionals, and query fields kept out of the body.
fn item(endpoint: &Endpoint, krate: &TokenStream) -> TokenStream {
    let Endpoint { attrs, vis, ident, .. } = endpoint;
    let serde_crate = Literal::string(&format!("{krate}::serde").replace(' ', ""));
    let body = match &endpoint.fields {
        None => quote!(;),
        Some(fields) => {
            let fields = fields.iter().map(|field| {
                let Field { attrs, vis, ident, ty, .. } = field;
                // A query field is sent by `query_fields`, not in the body.
                let skip = if field.args.query.is_some() {
                    Some(quote!(#[serde(skip_serializing)]))
                } else {
                    (field.is_option() && field.args.nullable.is_none() && !field.has_serde_skip())
                        .then(|| quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]))
                };
                // The wire name, decided once (`Field::wire_name`), is what serde writes too.
                let wire = &field.wire_name;
                let pinned = (field.serde_rename().is_none()
                    && !field.is_skipped()
                    && wire != ident.to_string().trim_start_matches("r#"))
                .then(|| quote!(#[serde(rename = #wire)]));
                quote!(#(#attrs)* #pinned #skip #vis #ident: #ty)
            });
            quote!({ #(#fields,)* })
        }
    };
    let serde_crate = (!endpoint.has_serde_crate()).then(|| quote!(#[serde(crate = #serde_crate)]));
    // serde reports a field type without `Serialize` at the derive's path: put it on the struct's
    // name (the field is labelled), not on the whole attribute.
    let serialize = respan(quote!(#krate::serde::Serialize), ident.span());
    quote! {
        #[derive(#serialize)]
        #serde_crate
        #(#attrs)*
        #vis struct #ident #body
    }
}

/// The endpoint's error enum: a variant per own row, one per shared table (holding that table's
/// enum), and `Unknown(code)`.
pub fn error_enum_items(
    vis: &syn::Visibility,
    endpoint: &Ident,
    errors: Option<&Errors>,
    krate: &TokenStream,
) -> TokenStream {
    let name = error_enum_name(endpoint);
    let (rows, shared) = errors.map_or((&[][..], &[][..]), |e| (&e.rows[..], &e.shared[..]));
    let shared: Vec<(&syn::Path, &Ident)> =
        shared.iter().filter_map(|path| Some((path, valid::shared_variant(path)?))).collect();
    let doc = format!(
        " The documented error codes of [`{endpoint}`]; codes the document does not list are `Unknown`."
    );
    let own = table_parts(rows, krate);
    let TableParts { variants, consts, from_code, to_code, docs } = &own;
    let shared_variants = shared.iter().map(|(path, variant)| {
        let doc = format!(
            " A code of the shared table [`{}`].",
            path.to_token_stream().to_string().replace(' ', "")
        );
        quote!(#[doc = #doc] #variant(#path))
    });
    let shared_from_code = shared.iter().map(|(path, variant)| {
        quote_spanned! {path.span()=>
            if let ::core::option::Option::Some(kind) = <#path as #krate::ErrorTable>::from_code(other) {
                return Self::#variant(kind);
            }
        }
    });
    let shared_to_code = shared.iter().map(|(path, variant)| {
        quote_spanned!(path.span()=> Self::#variant(kind) => <#path as #krate::ErrorTable>::code(&kind),)
    });
    let docs = if shared.is_empty() {
        quote!(&[#(#docs),*])
    } else {
        let own_len = rows.len();
        let lens = shared
            .iter()
            .map(|(path, _)| quote_spanned!(path.span()=> <#path as #krate::ErrorTable>::DOCS.len()));
        let parts = shared.iter().map(|(path, variant)| {
            let variant = variant.to_string();
            quote_spanned!(path.span()=> (<#path as #krate::ErrorTable>::DOCS, ::core::option::Option::Some(#variant)))
        });
        quote!(&#krate::concat_error_docs::<{ #own_len #(+ #lens)* }>(&[(&[#(#docs),*], ::core::option::Option::None), #(#parts),*]))
    };
    let overlaps = overlap_checks(rows, &shared, krate);
    // Equality and both formats go by the code and the table, the same for every enum: the
    // runtime's `error_kind_traits!` writes them.
    quote! {
        #[doc = #doc]
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        #vis enum #name {
            #(#variants,)*
            #(#shared_variants,)*
            /// A code the document does not list. Compare [`code()`](#krate::ApiErrorKind::code)
            /// rather than matching the number: a later release may give it a variant.
            Unknown(i64),
        }

        impl #name {
            #(#consts)*

            /// The variant of `code` (`Unknown` when the document does not list it).
            #[inline]
            pub fn from_code(code: i64) -> Self {
                match code {
                    #(#from_code)*
                    other => {
                        #(#shared_from_code)*
                        Self::Unknown(other)
                    }
                }
            }

            /// The numeric code.
            #[inline]
            pub fn code(&self) -> i64 {
                match *self {
                    #(#to_code)*
                    #(#shared_to_code)*
                    Self::Unknown(code) => code,
                }
            }
        }

        #[automatically_derived]
        impl #krate::ApiErrorKind for #name {
            const DOCS: &'static [#krate::ErrorDoc] = #docs;

            #[inline]
            fn from_code(code: i64) -> Self {
                Self::from_code(code)
            }

            #[inline]
            fn code(&self) -> i64 {
                Self::code(self)
            }
        }

        #krate::error_kind_traits!(#name, ApiErrorKind);
        #overlaps
    }
}

/// A code in both an own row and a shared table (or in two shared tables) is a compile error,
/// at the own row, naming the table.
fn overlap_checks(rows: &[ErrorRow], shared: &[(&syn::Path, &Ident)], krate: &TokenStream) -> TokenStream {
    let name = |path: &syn::Path| path.to_token_stream().to_string().replace(' ', "");
    let own = rows.iter().flat_map(|row| {
        shared.iter().map(move |(path, _)| {
            let (code, variant) = (row.code, &row.variant);
            let message = format!(
                "error code {code} (`{variant}`) is also a row of the shared table `{}`: keep one of the two",
                name(path)
            );
            quote_spanned! {row.code_tokens.span()=>
                const _: () = ::core::assert!(!#krate::lists_code(<#path as #krate::ErrorTable>::DOCS, #code), #message);
            }
        })
    });
    let pairs = shared.iter().enumerate().flat_map(|(i, (a, _))| {
        shared[i + 1..].iter().map(move |(b, _)| {
            let message = format!(
                "the shared tables `{}` and `{}` list a code in common: a code belongs to one table",
                name(a),
                name(b)
            );
            quote_spanned! {b.span()=>
                const _: () = ::core::assert!(
                    #krate::disjoint(<#a as #krate::ErrorTable>::DOCS, <#b as #krate::ErrorTable>::DOCS),
                    #message
                );
            }
        })
    });
    quote!(#(#own)* #(#pairs)*)
}

/// The pieces of an error enum that come from its rows.
struct TableParts {
    variants: Vec<TokenStream>,
    consts: Vec<TokenStream>,
    from_code: Vec<TokenStream>,
    to_code: Vec<TokenStream>,
    docs: Vec<TokenStream>,
}

fn table_parts(rows: &[ErrorRow], krate: &TokenStream) -> TableParts {
    let mut parts =
        TableParts { variants: vec![], consts: vec![], from_code: vec![], to_code: vec![], docs: vec![] };
    for row in rows {
        let (variant, constant, code) = (&row.variant, code_constant(&row.variant), row.code);
        let doc = format!(" `{}`: {}", row.code, row.description.value());
        parts.variants.push(quote!(#[doc = #doc] #variant));
        let doc = format!(" The code of [`Self::{variant}`].");
        parts.consts.push(quote!(#[doc = #doc] pub const #constant: i64 = #code;));
        parts.from_code.push(quote!(Self::#constant => Self::#variant,));
        parts.to_code.push(quote!(Self::#variant => Self::#constant,));
        let (variant_name, description) = (variant.to_string(), &row.description);
        parts.docs.push(quote!(#krate::ErrorDoc {
            code: Self::#constant, variant: #variant_name, description: #description,
            table: ::core::option::Option::None
        }));
    }
    parts
}

/// `error_table!`: an enum of the rows, usable by many endpoints' `errors(use Table, ...)`.
pub fn error_table(table: &TableArgs) -> TokenStream {
    let krate = private_path(table.krate.as_ref());
    let TableArgs { attrs, vis, ident, rows, .. } = table;
    let TableParts { variants, consts, from_code, to_code, docs } = table_parts(rows, &krate);
    let name = ident.to_string();
    quote! {
        #(#attrs)*
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        #vis enum #ident {
            #(#variants,)*
        }

        impl #ident {
            #(#consts)*

            /// The variant of `code`, if this table lists it.
            #[inline]
            pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(match code {
                    #(#from_code)*
                    _ => return ::core::option::Option::None,
                })
            }

            /// The numeric code.
            #[inline]
            pub fn code(&self) -> i64 {
                match *self {
                    #(#to_code)*
                }
            }
        }

        #[automatically_derived]
        impl #krate::ErrorTable for #ident {
            const NAME: &'static str = #name;
            const DOCS: &'static [#krate::ErrorDoc] = &[#(#docs),*];

            #[inline]
            fn from_code(code: i64) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }

            #[inline]
            fn code(&self) -> i64 {
                Self::code(self)
            }
        }

        #krate::error_kind_traits!(#ident, ErrorTable);
    }
}

fn endpoint_impl(endpoint: &Endpoint, error_enum: &Ident, krate: &TokenStream) -> TokenStream {
    let Endpoint { vis, ident, args, .. } = endpoint;
    let name = args.name.as_ref().map_or_else(|| ident.to_string(), |n| n.value.value());
    let path = args.path.as_ref().map_or_else(|| "/".to_owned(), |p| p.value.value());

    let is_get = args.method.as_ref().is_some_and(|m| m.value.0 == Method::Get);
    let method = if is_get { quote!(Get) } else { quote!(Post) };
    let credential_param = match valid::family(endpoint) {
        Family::Im => String::new(),
        Family::WeChat => valid::credential_param(endpoint),
    };
    let (family, credential) = match valid::family(endpoint) {
        Family::Im => (quote!(TencentIm), quote!(ImAdmin)),
        Family::WeChat => (
            quote!(WeChat),
            match valid::credential(endpoint) {
                Credential::Authorizer => quote!(Authorizer),
                Credential::App => quote!(App),
                Credential::Component => quote!(Component),
                Credential::None => quote!(None),
            },
        ),
    };
    let mut perm_sets: Vec<u16> =
        args.perm_sets.iter().flat_map(|p| &p.value).flat_map(|range| range.lo..=range.hi).collect();
    perm_sets.sort_unstable();
    perm_sets.dedup();
    let query = args.query.as_ref().map(|q| q.value.value()).unwrap_or_default();
    let query = query.strip_prefix('?').unwrap_or(&query);
    let sensitive = args.sensitive.is_some();
    let binary = args.binary.is_some();
    // GET is a query: idempotent whether declared or not.
    let idempotent = args.idempotent.is_some() || is_get;
    let calls_per_second = valid::calls_per_second(endpoint);
    let metadata = quote! {
        const METADATA: &'static #krate::Metadata = &#krate::Metadata {
            name: #name,
            method: #krate::Method::#method,
            path: #path,
            query: #query,
            family: #krate::ApiFamily::#family,
            credential: #krate::CredentialKind::#credential,
            credential_param: #credential_param,
            perm_sets: &[#(#perm_sets),*],
            errors: <#error_enum as #krate::ApiErrorKind>::DOCS,
            sensitive: #sensitive,
            binary: #binary,
            idempotent: #idempotent,
            calls_per_second: #calls_per_second,
        };
    };
    let field_docs: Vec<_> = endpoint
        .fields
        .iter()
        .flatten()
        .map(|field| {
            let name = &field.wire_name;
            let ty = &field.ty;
            let rust_type = quote!(#ty).to_string().replace(' ', "");
            let required = !field.is_option();
            let rules = field.rule_texts();
            quote!(#krate::FieldDoc { name: #name, rust_type: #rust_type, required: #required, rules: &[#(#rules),*] })
        })
        .collect();

    let (response, decode) = match (&args.response, &args.binary) {
        (_, Some(_)) => (quote!(#krate::Binary), quote!(#krate::decode_binary(response))),
        (Some(response), None) => {
            let ty = &response.value;
            (quote!(#ty), quote!(#krate::decode_json::<#ty>(response)))
        }
        (None, None) => (quote!(()), quote!(#krate::decode_nothing(response))),
    };
    let form_parts = args.multipart.as_ref().map(|_| {
        let parts: Vec<_> = endpoint
            .fields
            .iter()
            .flatten()
            .filter(|f| !f.is_skipped() && f.args.query.is_none())
            .map(|field| {
                let ident = &field.ident;
                let name = &field.wire_name;
                quote_spanned!(field.ty.span()=> #krate::IntoFormPart::form_part(&self.#ident, #name))
            })
            .collect();
        let count = parts.len();
        quote! {
            #[inline]
            fn form_parts(&self) -> ::core::option::Option<::std::vec::Vec<#krate::FormPart>> {
                let parts: [::core::option::Option<#krate::FormPart>; #count] = [#(#parts),*];
                ::core::option::Option::Some(parts.into_iter().flatten().collect())
            }
        }
    });
    let query_fields = query_fields(endpoint, krate);
    let checks: Vec<_> =
        endpoint.fields.iter().flatten().flat_map(|field| field_checks(field, &field.wire_name)).collect();
    let validate = (!checks.is_empty()).then(|| {
        quote! {
            #[inline]
            fn validate(&self) -> ::core::result::Result<(), #krate::Invalid> {
                let mut validator = #krate::Validator::new();
                #(#checks)*
                validator.finish()
            }
        }
    });
    let call_doc = format!(
        " Calls `{name}` through `target`: the client itself (the app's own token) or \
         `client.authorizer(appid)` (a merchant's token)."
    );
    quote! {
        #[automatically_derived]
        impl #krate::Endpoint for #ident {
            #metadata

            type Response = #response;
            type Error = #error_enum;

            #validate

            #[inline]
            fn decode_response(
                response: &#krate::HttpResponse,
            ) -> ::core::result::Result<Self::Response, #krate::serde_json::Error> {
                #decode
            }

            #form_parts
            #query_fields
        }

        #krate::register!(#ident, &[#(#field_docs),*]);

        impl #ident {
            #[doc = #call_doc]
            #[inline]
            #vis fn call<'a>(&'a self, target: &'a dyn #krate::Target) -> #krate::Call<'a, Self> {
                #krate::Call::new(target, self)
            }
        }
    }
}

/// `#[wx(query)]` fields, URL-encoded through a borrowed twin of the struct that holds only them,
/// under their wire names.
fn query_fields(endpoint: &Endpoint, krate: &TokenStream) -> Option<TokenStream> {
    let fields: Vec<&Field> = endpoint.fields.iter().flatten().filter(|f| f.args.query.is_some()).collect();
    if fields.is_empty() {
        return None;
    }
    let serde_crate = Literal::string(&format!("{krate}::serde").replace(' ', ""));
    let names: Vec<_> = fields.iter().map(|f| &f.ident).collect();
    let wires = fields.iter().map(|f| &f.wire_name);
    let types = fields.iter().map(|f| &f.ty);
    Some(quote! {
        fn query_fields(&self) -> ::core::result::Result<::std::string::String, #krate::Invalid> {
            #[derive(#krate::serde::Serialize)]
            #[serde(crate = #serde_crate)]
            struct QueryFields<'a> {
                #(#[serde(rename = #wires)] #names: &'a #types,)*
            }
            #krate::encode_query(&QueryFields { #(#names: &self.#names,)* })
        }
    })
}

/// One validator call per rule, spanned at the field's type so that a rule on the wrong type is
/// reported there.
fn field_checks<'a>(field: &'a Field, name: &'a str) -> impl Iterator<Item = TokenStream> + 'a {
    let ident = &field.ident;
    let span = field.ty.span();
    field.args.checks.iter().map(move |check| {
        let value = quote_spanned!(span=> &self.#ident);
        let call = match &check.value {
            Check::Chars { min, max } => {
                let (min, max) = (usize_lit(*min), usize_lit(*max));
                quote_spanned!(span=> validator.chars(#name, #value, #min, #max))
            }
            Check::MaxBytes(max) => {
                let max = usize_lit(*max);
                quote_spanned!(span=> validator.max_bytes(#name, #value, #max))
            }
            Check::Range { min, max } => {
                let (min, max) = (Literal::i128_unsuffixed(*min), Literal::i128_unsuffixed(*max));
                quote_spanned!(span=> validator.range(#name, #value, #min, #max))
            }
            Check::OneOf(values) => {
                let values = values.iter().map(|v| Literal::i128_unsuffixed(*v));
                quote_spanned!(span=> validator.one_of(#name, #value, &[#(#values),*]))
            }
            Check::NonEmpty => quote_spanned!(span=> validator.non_empty(#name, #value)),
            Check::Prefix(prefix) => quote_spanned!(span=> validator.prefix(#name, #value, #prefix)),
            Check::MaxItems(max) => {
                let max = usize_lit(*max);
                quote_spanned!(span=> validator.max_items(#name, #value, #max))
            }
        };
        quote!(#call;)
    })
}

fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .collect()
}

fn usize_lit(value: i128) -> Literal {
    Literal::usize_unsuffixed(usize::try_from(value).unwrap_or(0))
}

/// `SearchStatusBanned` → `SEARCH_STATUS_BANNED`.
pub fn code_constant(variant: &Ident) -> Ident {
    let text = variant.to_string();
    let chars: Vec<char> = text.chars().collect();
    let mut constant = String::with_capacity(text.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let boundary = i > 0
            && c.is_uppercase()
            && (chars[i - 1].is_lowercase()
                || chars[i - 1].is_ascii_digit()
                || chars.get(i + 1).is_some_and(|next| next.is_lowercase()));
        if boundary {
            constant.push('_');
        }
        constant.extend(c.to_uppercase());
    }
    Ident::new(&constant, variant.span())
}
