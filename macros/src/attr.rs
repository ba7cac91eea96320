//! The attribute grammar: `#[wx_endpoint(key = value, ...)]` and the field attribute
//! `#[wx(rule, ...)]`, parsed into typed values that keep their tokens for spans. Syntax errors are
//! recorded and parsing resumes at the next `,`, so several mistakes surface together; meaning is
//! checked in `valid.rs`.

use proc_macro2::{TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Ident, LitInt, LitStr, Token, Type};

use crate::ctxt::Ctxt;

const ENDPOINT_KEYS: &str =
    "`path`, `method`, `family`, `credential`, `perm_sets`, `errors`, `response`, `name`, `sensitive`, `binary`, `multipart`, `idempotent`, `crate`";
const FIELD_KEYS: &str =
    "`chars`, `max_bytes`, `range`, `one_of`, `non_empty`, `prefix`, `max_items`, `nullable`";

/// A value with the key it was given under (errors about the key point there).
pub struct Keyed<T> {
    pub key: Ident,
    pub value: T,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Family {
    WeChat,
    Im,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    Authorizer,
    App,
    Component,
    None,
}

/// `8..=10` or `13`.
pub struct PermRange {
    pub lo: u16,
    pub hi: u16,
    /// The range as written, for errors spanning all of it.
    pub tokens: TokenStream,
}

/// `CODE => Variant: "description"`.
pub struct ErrorRow {
    pub code: i64,
    /// The code as written (with its sign).
    pub code_tokens: TokenStream,
    pub variant: Ident,
    pub description: LitStr,
}

/// The arguments of `#[wx_endpoint(...)]`.
#[derive(Default)]
pub struct EndpointArgs {
    pub path: Option<Keyed<LitStr>>,
    pub method: Option<Keyed<(Method, Ident)>>,
    pub family: Option<Keyed<(Family, Ident)>>,
    pub credential: Option<Keyed<(Credential, Ident)>>,
    pub perm_sets: Option<Keyed<Vec<PermRange>>>,
    pub errors: Option<Keyed<Vec<ErrorRow>>>,
    pub response: Option<Keyed<Type>>,
    pub name: Option<Keyed<LitStr>>,
    /// The response carries secrets (a token endpoint): decode errors keep no body snippet.
    pub sensitive: Option<Ident>,
    /// Success answers bytes (an image), failures JSON.
    pub binary: Option<Ident>,
    /// The body is multipart/form-data, one part per field.
    pub multipart: Option<Ident>,
    /// Sending it twice does no harm (implied by GET).
    pub idempotent: Option<Ident>,
    /// Where the runtime is, for declarations inside the runtime itself (`crate = crate`).
    pub krate: Option<Keyed<syn::Path>>,
}

/// One rule of `#[wx(...)]`.
pub enum Check {
    /// `chars = 4..=120` or `chars = ..=120`.
    Chars {
        min: i128,
        max: i128,
    },
    MaxBytes(i128),
    /// `range = 1..=100000`.
    Range {
        min: i128,
        max: i128,
    },
    OneOf(Vec<i128>),
    NonEmpty,
    Prefix(LitStr),
    MaxItems(i128),
}

/// The rules of one field, and whether `None` is sent as `null`.
#[derive(Default)]
pub struct FieldArgs {
    pub checks: Vec<Keyed<Check>>,
    pub nullable: Option<Ident>,
}

pub fn parse_endpoint_args(tokens: TokenStream, cx: &mut Ctxt) -> EndpointArgs {
    let mut args = EndpointArgs::default();
    let parser = |input: ParseStream| {
        each_entry(input, cx, |key, input, cx| endpoint_entry(&mut args, key, input, cx));
        Ok(())
    };
    if let Err(e) = parser.parse2(tokens) {
        cx.syn_error(e);
    }
    args
}

pub fn parse_field_args(attr: &syn::Attribute, args: &mut FieldArgs, cx: &mut Ctxt) {
    let parser = |input: ParseStream| {
        each_entry(input, cx, |key, input, cx| field_entry(args, key, input, cx));
        Ok(())
    };
    let tokens = match &attr.meta {
        syn::Meta::List(list) => list.tokens.clone(),
        other => {
            cx.error_at(
                other,
                format!("write the rules in parentheses, e.g. `#[wx(non_empty)]`; rules: {FIELD_KEYS}"),
            );
            return;
        }
    };
    if let Err(e) = parser.parse2(tokens) {
        cx.syn_error(e);
    }
}

/// Runs `entry` for each `key ...` separated by commas; a failed entry is recorded and skipped.
fn each_entry(
    input: ParseStream,
    cx: &mut Ctxt,
    mut entry: impl FnMut(Ident, ParseStream, &mut Ctxt) -> syn::Result<()>,
) {
    each_item(input, cx, |input, cx| {
        let key = input.call(syn::ext::IdentExt::parse_any)?;
        entry(key, input, cx)
    });
}

fn flag(slot: &mut Option<Ident>, key: Ident, cx: &mut Ctxt) {
    if slot.is_some() {
        cx.error_at(&key, format!("duplicate key `{key}`: give it once"));
    } else {
        *slot = Some(key);
    }
}

fn set<T>(slot: &mut Option<Keyed<T>>, key: Ident, value: T, cx: &mut Ctxt) {
    if slot.is_some() {
        cx.error_at(&key, format!("duplicate key `{key}`: give it once"));
    } else {
        *slot = Some(Keyed { key, value });
    }
}

fn endpoint_entry(args: &mut EndpointArgs, key: Ident, input: ParseStream, cx: &mut Ctxt) -> syn::Result<()> {
    match key.to_string().as_str() {
        "path" => {
            let value = value::<LitStr>(input)?;
            set(&mut args.path, key, value, cx);
        }
        "sensitive" => flag(&mut args.sensitive, key, cx),
        "binary" => flag(&mut args.binary, key, cx),
        "multipart" => flag(&mut args.multipart, key, cx),
        "idempotent" => flag(&mut args.idempotent, key, cx),
        "crate" => {
            let path = value::<syn::Path>(input)?;
            set(&mut args.krate, key, path, cx);
        }
        "name" => {
            let value = value::<LitStr>(input)?;
            set(&mut args.name, key, value, cx);
        }
        "method" => {
            let ident = value::<Ident>(input)?;
            let method = match ident.to_string().as_str() {
                "GET" => Method::Get,
                "POST" => Method::Post,
                _ => return Err(syn::Error::new(ident.span(), "expected `GET` or `POST`")),
            };
            set(&mut args.method, key, (method, ident), cx);
        }
        "family" => {
            let ident = value::<Ident>(input)?;
            let family = match ident.to_string().as_str() {
                "wechat" => Family::WeChat,
                "im" => Family::Im,
                _ => return Err(syn::Error::new(ident.span(), "expected `wechat` or `im` (Tencent IM)")),
            };
            set(&mut args.family, key, (family, ident), cx);
        }
        "credential" => {
            input.parse::<Token![=]>()?;
            let ident: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let credential = match ident.to_string().as_str() {
                "authorizer" => Credential::Authorizer,
                "app" => Credential::App,
                "component" => Credential::Component,
                "none" => Credential::None,
                _ => {
                    return Err(syn::Error::new(
                        ident.span(),
                        "expected `authorizer`, `app`, `component` or `none`",
                    ))
                }
            };
            set(&mut args.credential, key, (credential, ident), cx);
        }
        "perm_sets" => {
            input.parse::<Token![=]>()?;
            let content;
            syn::bracketed!(content in input);
            let mut ranges = Vec::new();
            each_item(&content, cx, |input, _| {
                ranges.push(perm_range(input)?);
                Ok(())
            });
            set(&mut args.perm_sets, key, ranges, cx);
        }
        "errors" => {
            let content;
            syn::parenthesized!(content in input);
            let mut rows = Vec::new();
            each_item(&content, cx, |input, _| {
                rows.push(error_row(input)?);
                Ok(())
            });
            set(&mut args.errors, key, rows, cx);
        }
        "response" => {
            let ty = value::<Type>(input)?;
            set(&mut args.response, key, ty, cx);
        }
        _ => {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown key `{key}`; expected one of {ENDPOINT_KEYS}"),
            ))
        }
    }
    Ok(())
}

fn field_entry(args: &mut FieldArgs, key: Ident, input: ParseStream, cx: &mut Ctxt) -> syn::Result<()> {
    let check = match key.to_string().as_str() {
        "chars" => {
            input.parse::<Token![=]>()?;
            let (min, max) = range(input, true)?;
            Check::Chars { min, max }
        }
        "range" => {
            input.parse::<Token![=]>()?;
            let (min, max) = range(input, false)?;
            Check::Range { min, max }
        }
        "max_bytes" => Check::MaxBytes(int_value(input)?),
        "max_items" => Check::MaxItems(int_value(input)?),
        "one_of" => {
            input.parse::<Token![=]>()?;
            let content;
            let brackets = syn::bracketed!(content in input);
            let mut values = Vec::new();
            each_item(&content, cx, |input, _| {
                values.push(int(input)?.0);
                Ok(())
            });
            if values.is_empty() {
                cx.error_span(brackets.span.join(), "`one_of` needs at least one allowed value");
            }
            Check::OneOf(values)
        }
        "prefix" => Check::Prefix(value::<LitStr>(input)?),
        "non_empty" => Check::NonEmpty,
        "nullable" => {
            if args.nullable.is_some() {
                cx.error_at(&key, "duplicate rule `nullable`: give it once");
            }
            args.nullable = Some(key);
            return Ok(());
        }
        _ => {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown rule `{key}`; expected one of {FIELD_KEYS}"),
            ))
        }
    };
    if args.checks.iter().any(|c| c.key == key) {
        cx.error_at(&key, format!("duplicate rule `{key}`: give it once"));
    } else {
        args.checks.push(Keyed { key, value: check });
    }
    Ok(())
}

/// Comma-separated items; a failed item is recorded and skipped up to the next comma.
fn each_item(
    input: ParseStream,
    cx: &mut Ctxt,
    mut item: impl FnMut(ParseStream, &mut Ctxt) -> syn::Result<()>,
) {
    while !input.is_empty() {
        if let Err(e) = item(input, cx) {
            cx.syn_error(e);
            while !input.is_empty() && !input.peek(Token![,]) {
                let _ = input.parse::<TokenTree>();
            }
        }
        if input.is_empty() {
            break;
        }
        if let Err(e) = input.parse::<Token![,]>() {
            cx.syn_error(e);
            return;
        }
    }
}

fn value<T: syn::parse::Parse>(input: ParseStream) -> syn::Result<T> {
    input.parse::<Token![=]>()?;
    input.parse()
}

fn int_value(input: ParseStream) -> syn::Result<i128> {
    input.parse::<Token![=]>()?;
    Ok(int(input)?.0)
}

/// An integer literal, possibly negative, with its tokens (errors then span the sign too).
fn int(input: ParseStream) -> syn::Result<(i128, TokenStream)> {
    let minus = input.parse::<Option<Token![-]>>()?;
    let lit = input.parse::<LitInt>()?;
    let value = lit.base10_parse::<i128>()?;
    Ok((if minus.is_some() { -value } else { value }, quote::quote!(#minus #lit)))
}

/// `a..=b`, or `..=b` when `open_start` (the start is then 0).
fn range(input: ParseStream, open_start: bool) -> syn::Result<(i128, i128)> {
    let min =
        if open_start && (input.peek(Token![..=]) || input.peek(Token![..])) { 0 } else { int(input)?.0 };
    if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
    } else if input.peek(Token![..]) {
        let dots = input.parse::<Token![..]>()?;
        return Err(syn::Error::new(dots.span(), "use an inclusive range: `a..=b`"));
    } else {
        return Err(input.error("expected an inclusive range `a..=b`"));
    }
    Ok((min, int(input)?.0))
}

fn perm_range(input: ParseStream) -> syn::Result<PermRange> {
    let (lo, lo_tokens) = int(input)?;
    let (hi, tokens) = if input.peek(Token![..=]) {
        let dots = input.parse::<Token![..=]>()?;
        let (hi, hi_tokens) = int(input)?;
        (hi, quote::quote!(#lo_tokens #dots #hi_tokens))
    } else if input.peek(Token![..]) {
        let dots = input.parse::<Token![..]>()?;
        return Err(syn::Error::new(dots.span(), "use an inclusive range: `8..=10`"));
    } else {
        (lo, lo_tokens)
    };
    let to_u16 = |value: i128| {
        u16::try_from(value)
            .ok()
            .filter(|&v| v > 0)
            .ok_or_else(|| syn::Error::new_spanned(&tokens, "permission set ids are between 1 and 65535"))
    };
    Ok(PermRange { lo: to_u16(lo)?, hi: to_u16(hi)?, tokens })
}

fn error_row(input: ParseStream) -> syn::Result<ErrorRow> {
    let (code, code_tokens) = int(input)?;
    let code = i64::try_from(code)
        .map_err(|_| syn::Error::new_spanned(&code_tokens, "error code does not fit in i64"))?;
    input.parse::<Token![=>]>()?;
    let variant = input.parse::<Ident>()?;
    input.parse::<Token![:]>()?;
    let description = input.parse::<LitStr>()?;
    Ok(ErrorRow { code, code_tokens, variant, description })
}
