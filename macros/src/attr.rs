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
    "`path`, `query`, `method`, `family`, `credential`, `credential_param`, `perm_sets`, `errors`, `response`, `name`, `sensitive`, `binary`, `multipart`, `idempotent`, `calls_per_second`, `crate`";
const ROW_SHAPE: &str =
    "`CODE => Variant: \"meaning\"`, e.g. `85083 => SearchStatusBanned: \"search is banned\"`";
const FIELD_KEYS: &str =
    "`chars`, `max_bytes`, `range`, `one_of`, `non_empty`, `prefix`, `max_items`, `nullable`, `query`";

/// One `key = value` entry of an attribute, the key kept (errors about the key point there).
pub struct Entry<T> {
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

/// `errors(use SharedTable, CODE => Variant: "meaning", ...)`: the shared tables the endpoint uses,
/// then its own rows.
#[derive(Default)]
pub struct Errors {
    pub shared: Vec<syn::Path>,
    pub rows: Vec<ErrorRow>,
}

/// The arguments of `#[wx_endpoint(...)]`.
#[derive(Default)]
pub struct EndpointArgs {
    pub path: Option<Entry<LitStr>>,
    /// Fixed query parameters the document puts in the URL (`action=create`).
    pub query: Option<Entry<LitStr>>,
    pub method: Option<Entry<(Method, Ident)>>,
    pub family: Option<Entry<(Family, Ident)>>,
    pub credential: Option<Entry<(Credential, Ident)>>,
    /// The query parameter that carries the WeChat credential, where the document names another
    /// than the kind's usual one (`access_token` for a component token).
    pub credential_param: Option<Entry<Ident>>,
    pub perm_sets: Option<Entry<Vec<PermRange>>>,
    pub errors: Option<Entry<Errors>>,
    pub response: Option<Entry<Type>>,
    pub name: Option<Entry<LitStr>>,
    /// The response carries secrets (a token endpoint): decode errors keep no body snippet.
    pub sensitive: Option<Ident>,
    /// Success answers bytes (an image), failures JSON.
    pub binary: Option<Ident>,
    /// The body is multipart/form-data, one part per field.
    pub multipart: Option<Ident>,
    /// Sending it twice does no harm (implied by GET).
    pub idempotent: Option<Ident>,
    /// Tencent IM: the command's documented calls per second, where lower than the family's 200.
    pub calls_per_second: Option<Entry<LitInt>>,
    /// Where the runtime is, for declarations inside the runtime itself (`crate = crate`).
    pub krate: Option<Entry<syn::Path>>,
    /// Keys given with a value that did not parse (already reported; not "missing" too).
    pub failed: Vec<String>,
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

/// The rules of one field, whether `None` is sent as `null`, and whether a POST sends the field in
/// its query rather than its body.
#[derive(Default)]
pub struct FieldArgs {
    pub checks: Vec<Entry<Check>>,
    pub nullable: Option<Ident>,
    pub query: Option<Ident>,
}

pub fn parse_endpoint_args(tokens: TokenStream, cx: &mut Ctxt) -> EndpointArgs {
    let mut args = EndpointArgs::default();
    let parser = |input: ParseStream| {
        each_item(input, cx, |input, cx| {
            // A bare string is most likely the path without its key.
            if input.peek(LitStr) {
                let lit = input.parse::<LitStr>()?;
                let is_path = lit.value().starts_with('/');
                if is_path {
                    args.failed.push("path".to_owned());
                }
                let hint = if is_path {
                    format!("name the key: `path = {:?}`", lit.value())
                } else {
                    format!("expected a key: one of {ENDPOINT_KEYS}")
                };
                return Err(syn::Error::new(lit.span(), hint));
            }
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let name = key.to_string();
            let parsed = endpoint_entry(&mut args, key, input, cx);
            if parsed.is_err() {
                args.failed.push(name);
            }
            parsed
        });
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

/// A flag is a bare key; `idempotent = true` is refused with what to write, and parsing goes on.
fn flag(slot: &mut Option<Ident>, key: Ident, input: ParseStream, cx: &mut Ctxt) {
    if input.peek(Token![=]) {
        let value = rest_of_entry(input);
        cx.error_at(
            quote::quote!(#key #value),
            format!(
                "`{key}` is a flag and takes no value: write `{key}` alone to turn it on, or leave it out"
            ),
        );
    }
    if slot.is_some() {
        cx.error_at(&key, format!("duplicate key `{key}`: give it once"));
    } else {
        *slot = Some(key);
    }
}

/// The tokens up to the next `,` (for errors that span a whole value).
fn rest_of_entry(input: ParseStream) -> TokenStream {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        if let Ok(token) = input.parse::<TokenTree>() {
            tokens.extend([token]);
        }
    }
    tokens
}

fn set<T>(slot: &mut Option<Entry<T>>, key: Ident, value: T, cx: &mut Ctxt) {
    if slot.is_some() {
        cx.error_at(&key, format!("duplicate key `{key}`: give it once"));
    } else {
        *slot = Some(Entry { key, value });
    }
}

/// `key = "text"`; a bare word is refused with the quoted form to write.
fn string_value(key: &Ident, input: ParseStream, example: &str) -> syn::Result<LitStr> {
    input.parse::<Token![=]>()?;
    if input.peek(LitStr) {
        return input.parse();
    }
    let value = rest_of_entry(input);
    Err(syn::Error::new_spanned(
        if value.is_empty() { quote::quote!(#key) } else { value },
        format!("`{key}` takes a string in quotes, e.g. `{key} = {example}`"),
    ))
}

/// `key = word` from `choices`; a quoted or mis-cased word is refused with the form to write.
fn word_value(key: &Ident, input: ParseStream, choices: &[&str]) -> syn::Result<Ident> {
    input.parse::<Token![=]>()?;
    let (word, span, quoted) = if input.peek(LitStr) {
        let lit = input.parse::<LitStr>()?;
        (lit.value(), lit.span(), true)
    } else {
        let ident: Ident = input.call(syn::ext::IdentExt::parse_any)?;
        (ident.to_string(), ident.span(), false)
    };
    if !quoted && choices.contains(&word.as_str()) {
        return Ok(Ident::new(&word, span));
    }
    let expected = choices.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(" or ");
    let hint = match (choices.iter().find(|c| c.eq_ignore_ascii_case(&word)), quoted) {
        (Some(choice), true) => format!("write `{key} = {choice}` without quotes"),
        (Some(choice), false) => format!("write `{key} = {choice}`"),
        (None, true) => format!("`{key}` is one of {expected}, written without quotes"),
        (None, false) => format!("expected {expected}"),
    };
    Err(syn::Error::new(span, hint))
}

fn endpoint_entry(args: &mut EndpointArgs, key: Ident, input: ParseStream, cx: &mut Ctxt) -> syn::Result<()> {
    match key.to_string().as_str() {
        "path" => {
            let value = string_value(&key, input, "\"/wxa/getwxacode\"")?;
            set(&mut args.path, key, value, cx);
        }
        "query" => {
            let value = string_value(&key, input, "\"action=create\"")?;
            set(&mut args.query, key, value, cx);
        }
        "name" => {
            let value = string_value(&key, input, "\"setSignature\"")?;
            set(&mut args.name, key, value, cx);
        }
        "sensitive" => flag(&mut args.sensitive, key, input, cx),
        "binary" => flag(&mut args.binary, key, input, cx),
        "multipart" => flag(&mut args.multipart, key, input, cx),
        "idempotent" => flag(&mut args.idempotent, key, input, cx),
        "calls_per_second" => {
            input.parse::<Token![=]>()?;
            let value = input.parse::<LitInt>()?;
            set(&mut args.calls_per_second, key, value, cx);
        }
        "crate" => {
            input.parse::<Token![=]>()?;
            let path = input.parse::<syn::Path>()?;
            set(&mut args.krate, key, path, cx);
        }
        "method" => {
            let ident = word_value(&key, input, &["GET", "POST"])?;
            let method = if ident == "GET" { Method::Get } else { Method::Post };
            set(&mut args.method, key, (method, ident), cx);
        }
        "family" => {
            let ident = word_value(&key, input, &["wechat", "im"])?;
            let family = if ident == "im" { Family::Im } else { Family::WeChat };
            set(&mut args.family, key, (family, ident), cx);
        }
        "credential" => {
            let ident = word_value(&key, input, &["authorizer", "app", "component", "none"])?;
            let credential = match ident.to_string().as_str() {
                "app" => Credential::App,
                "component" => Credential::Component,
                "none" => Credential::None,
                _ => Credential::Authorizer,
            };
            set(&mut args.credential, key, (credential, ident), cx);
        }
        "credential_param" => {
            let ident = word_value(&key, input, &["access_token", "component_access_token"])?;
            set(&mut args.credential_param, key, ident, cx);
        }
        "perm_sets" => {
            input.parse::<Token![=]>()?;
            if !input.peek(syn::token::Bracket) {
                let value = rest_of_entry(input);
                let text = value.to_string();
                return Err(syn::Error::new_spanned(
                    value,
                    format!("write the sets in brackets: `perm_sets = [{text}]`"),
                ));
            }
            let content;
            let brackets = syn::bracketed!(content in input);
            if content.is_empty() {
                cx.error_span(
                    brackets.span.join(),
                    "`perm_sets = []` lists no set: leave `perm_sets` out when the document names none",
                );
            }
            let mut ranges = Vec::new();
            each_item(&content, cx, |input, _| {
                ranges.push(perm_range(input)?);
                Ok(())
            });
            set(&mut args.perm_sets, key, ranges, cx);
        }
        "errors" => {
            if input.peek(Token![=]) {
                let eq = input.parse::<Token![=]>()?;
                return Err(syn::Error::new(
                    eq.span,
                    "write `errors(...)` without `=`: `errors(85083 => SearchStatusBanned: \"search is banned\")`",
                ));
            }
            let content;
            let parens = syn::parenthesized!(content in input);
            if content.is_empty() {
                cx.error_span(
                    parens.span.join(),
                    "`errors()` is empty: leave it out when the document lists no error code",
                );
            }
            let mut errors = Errors::default();
            each_item(&content, cx, |input, _| {
                if input.peek(Token![use]) {
                    let keyword = input.parse::<Token![use]>()?;
                    if input.is_empty() || input.peek(Token![,]) {
                        return Err(syn::Error::new(
                            keyword.span,
                            "name the shared table after `use`: `use OfficialAccountError` (declared with `error_table!`)",
                        ));
                    }
                    errors.shared.push(input.parse()?);
                } else {
                    errors.rows.push(error_row(input)?);
                }
                Ok(())
            });
            set(&mut args.errors, key, errors, cx);
        }
        "response" => {
            input.parse::<Token![=]>()?;
            if input.peek(LitStr) {
                let lit = input.parse::<LitStr>()?;
                return Err(syn::Error::new(
                    lit.span(),
                    format!("write the type without quotes: `response = {}`", lit.value()),
                ));
            }
            let ty = input.parse::<Type>()?;
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
    let name = key.to_string();
    let takes_value = !matches!(name.as_str(), "non_empty" | "nullable" | "query");
    if takes_value && input.peek(syn::token::Paren) {
        let value = rest_of_entry(input);
        return Err(syn::Error::new_spanned(
            &value,
            format!("write `{key} = value`, e.g. `{}`", rule_example(&name)),
        ));
    }
    if !takes_value && input.peek(Token![=]) {
        let value = rest_of_entry(input);
        cx.error_at(quote::quote!(#key #value), format!("`{key}` takes no value: write `{key}` alone"));
    }
    let check = match name.as_str() {
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
        "prefix" => Check::Prefix(string_value(&key, input, "\"@TOA#_\"")?),
        "non_empty" => Check::NonEmpty,
        "nullable" | "query" => {
            let slot = if name == "query" { &mut args.query } else { &mut args.nullable };
            if slot.is_some() {
                cx.error_at(&key, format!("duplicate rule `{key}`: give it once"));
            }
            *slot = Some(key);
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
        args.checks.push(Entry { key, value: check });
    }
    Ok(())
}

/// Comma-separated items; a failed item is recorded and skipped up to the next comma, and a
/// missing comma is reported once and parsing goes on as if it were there.
pub(crate) fn each_item(
    input: ParseStream,
    cx: &mut Ctxt,
    mut item: impl FnMut(ParseStream, &mut Ctxt) -> syn::Result<()>,
) {
    while !input.is_empty() {
        if let Err(e) = item(input, cx) {
            cx.syn_error(e);
            rest_of_entry(input);
        }
        if input.is_empty() {
            break;
        }
        if input.parse::<Token![,]>().is_err() {
            cx.error_span(input.span(), "expected `,` before this: separate the entries with commas");
        }
    }
}

fn int_value(input: ParseStream) -> syn::Result<i128> {
    input.parse::<Token![=]>()?;
    if input.peek(LitStr) {
        let lit = input.parse::<LitStr>()?;
        return Err(syn::Error::new(
            lit.span(),
            format!("write the number without quotes: `{}`", lit.value()),
        ));
    }
    Ok(int(input)?.0)
}

/// An example of each field rule, for messages.
fn rule_example(rule: &str) -> &'static str {
    match rule {
        "chars" => "chars = 4..=120",
        "max_bytes" => "max_bytes = 150",
        "range" => "range = 1..=100",
        "one_of" => "one_of = [0, 1]",
        "prefix" => "prefix = \"@TOA#_\"",
        "max_items" => "max_items = 50",
        _ => "non_empty",
    }
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

pub(crate) fn error_row(input: ParseStream) -> syn::Result<ErrorRow> {
    let shape = |span: proc_macro2::Span, what: &str| {
        syn::Error::new(span, format!("{what}: each row is {ROW_SHAPE}"))
    };
    if !(input.peek(LitInt) || input.peek(Token![-])) {
        return Err(shape(input.span(), "expected an error code"));
    }
    let (code, code_tokens) = int(input)?;
    let code = i64::try_from(code)
        .map_err(|_| syn::Error::new_spanned(&code_tokens, "error code does not fit in i64"))?;
    if input.parse::<Token![=>]>().is_err() {
        return Err(shape(input.span(), "expected `=>` after the code"));
    }
    let variant =
        input.parse::<Ident>().map_err(|e| shape(e.span(), "expected the variant's name after `=>`"))?;
    if input.parse::<Token![:]>().is_err() {
        return Err(syn::Error::new(
            variant.span(),
            format!("add the document's meaning after `{variant}`: `{code} => {variant}: \"...\"`"),
        ));
    }
    let description =
        input.parse::<LitStr>().map_err(|e| shape(e.span(), "expected the meaning in quotes after `:`"))?;
    Ok(ErrorRow { code, code_tokens, variant, description })
}

/// `error_table! { #[doc = "..."] pub Name { CODE => Variant: "meaning", ... } }`.
pub struct TableArgs {
    /// Docs and other attributes, passed through (minus `#[wx(crate = ...)]`).
    pub attrs: Vec<syn::Attribute>,
    /// `#[wx(crate = crate)]`: where the runtime is, for tables inside `wx-runtime` itself.
    pub krate: Option<syn::Path>,
    pub vis: syn::Visibility,
    pub ident: Ident,
    pub rows: Vec<ErrorRow>,
}

pub fn parse_error_table(tokens: TokenStream, cx: &mut Ctxt) -> Option<TableArgs> {
    let parser = |input: ParseStream| {
        let mut attrs = input.call(syn::Attribute::parse_outer)?;
        let mut krate = None;
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("wx")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("crate") {
                    krate = Some(meta.value()?.parse::<syn::Path>()?);
                    Ok(())
                } else {
                    Err(meta.error("the only table option is `#[wx(crate = path)]`"))
                }
            })?;
        }
        attrs.retain(|attr| !attr.path().is_ident("wx"));
        let vis = input.parse::<syn::Visibility>()?;
        if input.peek(Token![enum]) || input.peek(Token![struct]) {
            return Err(input.error(
                "write the table's name without `enum`: `error_table! { pub OfficialAccountError { 130004 => AccountNotFound: \"...\" } }`",
            ));
        }
        let ident = input.parse::<Ident>()?;
        let content;
        syn::braced!(content in input);
        let mut rows = Vec::new();
        each_item(&content, cx, |input, _| {
            rows.push(error_row(input)?);
            Ok(())
        });
        Ok(TableArgs { attrs, krate, vis, ident, rows })
    };
    match parser.parse2(tokens) {
        Ok(table) => Some(table),
        Err(e) => {
            cx.syn_error(e);
            None
        }
    }
}
