//! Code generation only: the struct with its serialization, the error enum, the `Endpoint` impl
//! (metadata, validation, payload decoding) and the `call` method. Everything is named through
//! `::wx_endpoints::__private`, so a user's crate needs no other dependency.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Ident;

use crate::ast::{Endpoint, Field};
use crate::attr::{Check, Credential, ErrorRow, Family, Method};
use crate::valid;

pub fn endpoint(endpoint: &Endpoint) -> TokenStream {
    let krate = match &endpoint.args.krate {
        Some(path) => {
            let path = &path.value;
            quote!(#path::__private)
        }
        None => quote!(::wx_endpoints::__private),
    };
    let error_enum = format_ident!("{}Error", endpoint.ident);
    let rows = endpoint.args.errors.as_ref().map_or(&[][..], |e| &e.value[..]);
    let item = item(endpoint, &krate);
    let errors = error_enum_items(endpoint, &error_enum, rows, &krate);
    let endpoint_impl = endpoint_impl(endpoint, &error_enum, &krate);
    quote! {
        #item
        #errors
        #endpoint_impl
    }
}

/// The struct as written, minus `#[wx]`, plus `Serialize` and the skipping of unset optionals.
fn item(endpoint: &Endpoint, krate: &TokenStream) -> TokenStream {
    let Endpoint { attrs, vis, ident, .. } = endpoint;
    let serde_crate = Literal::string(&format!("{krate}::serde").replace(' ', ""));
    let body = match &endpoint.fields {
        None => quote!(;),
        Some(fields) => {
            let fields = fields.iter().map(|field| {
                let Field { attrs, vis, ident, ty, .. } = field;
                let skip_unset =
                    (field.is_option() && field.args.nullable.is_none() && !field.has_serde_skip())
                        .then(|| quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]));
                quote!(#(#attrs)* #skip_unset #vis #ident: #ty)
            });
            quote!({ #(#fields,)* })
        }
    };
    quote! {
        #[derive(#krate::serde::Serialize, #krate::serde::Deserialize)]
        #[serde(crate = #serde_crate)]
        #(#attrs)*
        #vis struct #ident #body
    }
}

fn error_enum_items(
    endpoint: &Endpoint,
    name: &Ident,
    rows: &[ErrorRow],
    krate: &TokenStream,
) -> TokenStream {
    let vis = &endpoint.vis;
    let doc = format!(
        " The documented error codes of [`{}`]; codes the document does not list are `Unknown`.",
        endpoint.ident
    );
    let variants = rows.iter().map(|row| {
        let variant = &row.variant;
        let doc = format!(" `{}`: {}", row.code, row.description.value());
        quote!(#[doc = #doc] #variant)
    });
    let consts = rows.iter().map(|row| {
        let constant = code_constant(&row.variant);
        let code = row.code;
        let doc = format!(" The code of [`Self::{}`].", row.variant);
        quote!(#[doc = #doc] pub const #constant: i64 = #code;)
    });
    let from_code = rows.iter().map(|row| {
        let (variant, constant) = (&row.variant, code_constant(&row.variant));
        quote!(Self::#constant => Self::#variant,)
    });
    let to_code = rows.iter().map(|row| {
        let (variant, constant) = (&row.variant, code_constant(&row.variant));
        quote!(Self::#variant => Self::#constant,)
    });
    let docs = rows.iter().map(|row| {
        let constant = code_constant(&row.variant);
        let variant = row.variant.to_string();
        let description = &row.description;
        quote!(#krate::ErrorDoc { code: Self::#constant, variant: #variant, description: #description })
    });
    // Equality, hashing and both formats go by the code and the table, the same for every enum:
    // the runtime's `error_kind_traits!` writes them.
    quote! {
        #[doc = #doc]
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy)]
        #vis enum #name {
            #(#variants,)*
            /// A code the document does not list. Compare [`code()`](#krate::ApiErrorKind::code)
            /// rather than matching the number: a later release may give it a variant.
            Unknown(i64),
        }

        impl #name {
            #(#consts)*

            /// The variant of `code` (`Unknown` when the document does not list it).
            #[inline]
            pub const fn from_code(code: i64) -> Self {
                match code {
                    #(#from_code)*
                    other => Self::Unknown(other),
                }
            }

            /// The numeric code.
            #[inline]
            pub const fn code(&self) -> i64 {
                match *self {
                    #(#to_code)*
                    Self::Unknown(code) => code,
                }
            }
        }

        #[automatically_derived]
        impl #krate::ApiErrorKind for #name {
            const DOCS: &'static [#krate::ErrorDoc] = &[#(#docs),*];

            #[inline]
            fn from_code(code: i64) -> Self {
                Self::from_code(code)
            }

            #[inline]
            fn code(&self) -> i64 {
                Self::code(self)
            }
        }

        #krate::error_kind_traits!(#name);
    }
}

fn endpoint_impl(endpoint: &Endpoint, error_enum: &Ident, krate: &TokenStream) -> TokenStream {
    let Endpoint { vis, ident, args, .. } = endpoint;
    let name = args.name.as_ref().map_or_else(|| ident.to_string(), |n| n.value.value());
    let path = args.path.as_ref().map_or_else(|| "/".to_owned(), |p| p.value.value());

    // Only what differs from the trait's defaults (POST, WeChat, the authorizer's token, no
    // permission set, not sensitive, ...): each item left out is one less to check per endpoint.
    let mut consts = Vec::new();
    let is_get = args.method.as_ref().is_some_and(|m| m.value.0 == Method::Get);
    if is_get {
        consts.push(quote!(const METHOD: #krate::Method = #krate::Method::Get;));
    }
    let credential = match valid::family(endpoint) {
        Family::Im => {
            consts.push(quote!(const FAMILY: #krate::ApiFamily = #krate::ApiFamily::TencentIm;));
            Some(quote!(ImAdmin))
        }
        Family::WeChat => match args.credential.as_ref().map_or(Credential::Authorizer, |c| c.value.0) {
            Credential::Authorizer => None,
            Credential::App => Some(quote!(App)),
            Credential::Component => Some(quote!(Component)),
            Credential::None => Some(quote!(None)),
        },
    };
    if let Some(credential) = credential {
        consts.push(quote!(const CREDENTIAL: #krate::CredentialKind = #krate::CredentialKind::#credential;));
    }
    let mut perm_sets: Vec<u16> =
        args.perm_sets.iter().flat_map(|p| &p.value).flat_map(|range| range.lo..=range.hi).collect();
    perm_sets.sort_unstable();
    perm_sets.dedup();
    if !perm_sets.is_empty() {
        consts.push(quote!(const PERM_SETS: &'static [u16] = &[#(#perm_sets),*];));
    }
    if args.sensitive.is_some() {
        consts.push(quote!(
            const SENSITIVE: bool = true;
        ));
    }
    if args.binary.is_some() {
        consts.push(quote!(
            const BINARY: bool = true;
        ));
    }
    // GET is a query: idempotent whether declared or not.
    if args.idempotent.is_some() || is_get {
        consts.push(quote!(
            const IDEMPOTENT: bool = true;
        ));
    }
    let rename_all = endpoint.serde_rename_all();
    let field_docs: Vec<_> = endpoint
        .fields
        .iter()
        .flatten()
        .map(|field| {
            let name = field.wire_name(rename_all.as_deref());
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
        let parts = endpoint.fields.iter().flatten().map(|field| {
            let ident = &field.ident;
            let name = ident.to_string().trim_start_matches("r#").to_owned();
            quote_spanned!(field.ty.span()=> #krate::IntoFormPart::form_part(&self.#ident, #name))
        });
        quote! {
            #[inline]
            fn form_parts(&self) -> ::core::option::Option<::std::vec::Vec<#krate::FormPart>> {
                ::core::option::Option::Some([#(#parts),*].into_iter().flatten().collect())
            }
        }
    });
    let checks: Vec<_> = endpoint.fields.iter().flatten().flat_map(field_checks).collect();
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
            const NAME: &'static str = #name;
            const PATH: &'static str = #path;
            #(#consts)*

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

/// One validator call per rule, spanned at the field's type so that a rule on the wrong type is
/// reported there.
fn field_checks(field: &Field) -> impl Iterator<Item = TokenStream> + '_ {
    let ident = &field.ident;
    let name = ident.to_string().trim_start_matches("r#").to_owned();
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

fn usize_lit(value: i128) -> Literal {
    Literal::usize_unsuffixed(usize::try_from(value).unwrap_or(0))
}

/// `SearchStatusBanned` → `SEARCH_STATUS_BANNED`.
fn code_constant(variant: &Ident) -> Ident {
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
