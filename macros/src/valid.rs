//! Every semantic rule of a declaration, each error at the offending token. `fallback.rs` then
//! removes what failed, so the expansion stays well-formed.

use std::collections::HashSet;

use proc_macro2::Span;
use quote::ToTokens;

use crate::ast::{Endpoint, Field};
use crate::attr::{Check, Credential, ErrorRow, Family, Method};
use crate::ctxt::Ctxt;

pub fn check(endpoint: &Endpoint, cx: &mut Ctxt) {
    check_path(endpoint, cx);
    check_query(endpoint, cx);
    check_family_keys(endpoint, cx);
    check_perm_sets(endpoint, cx);
    check_errors(endpoint, cx);
    if let Some(name) = &endpoint.args.name {
        let text = name.value.value();
        if text.is_empty() || text.contains(char::is_whitespace) {
            cx.error_at(
                &name.value,
                "`name` is the document's interface name, e.g. \"setSignature\": non-empty, no spaces",
            );
        }
    }
    for field in endpoint.fields.iter().flatten() {
        check_field(field, cx);
    }
    check_rename_all(endpoint, cx);
    check_wire_names(endpoint, cx);
    check_body_shapes(endpoint, cx);
    check_query_fields(endpoint, cx);
}

/// serde's rules, checked here so that a typo is one error (`fallback` then drops the attribute,
/// and serde's derive does not fail after it).
fn check_rename_all(endpoint: &Endpoint, cx: &mut Ctxt) {
    const RULES: [&str; 8] = [
        "lowercase",
        "UPPERCASE",
        "PascalCase",
        "camelCase",
        "snake_case",
        "SCREAMING_SNAKE_CASE",
        "kebab-case",
        "SCREAMING-KEBAB-CASE",
    ];
    let Some(rule) = endpoint.serde_rename_all() else { return };
    if crate::ast::rename_rule(&rule.value()).is_some() {
        return;
    }
    let hint = match RULES.iter().find(|r| r.eq_ignore_ascii_case(&rule.value())) {
        Some(close) => format!("write `rename_all = \"{close}\"`"),
        None => format!("serde's rules are {}", RULES.map(|r| format!("\"{r}\"")).join(", ")),
    };
    cx.error_at(&rule, format!("unknown `rename_all` rule {:?}: {hint}", rule.value()));
}

/// The query parameters that carry a WeChat credential.
const WECHAT_CREDENTIAL_PARAMS: &[&str] = &["access_token", "component_access_token"];

fn is_wechat_credential(key: &str) -> bool {
    WECHAT_CREDENTIAL_PARAMS.iter().any(|param| key.eq_ignore_ascii_case(param))
}

/// The query parameters the runtime adds to every call of this endpoint.
fn managed_params(endpoint: &Endpoint) -> &'static [&'static str] {
    match family(endpoint) {
        Family::Im => &["sdkappid", "identifier", "usersig", "random", "contenttype"],
        Family::WeChat if credential(endpoint) == Credential::None => &[],
        Family::WeChat => WECHAT_CREDENTIAL_PARAMS,
    }
}

pub fn credential(endpoint: &Endpoint) -> Credential {
    endpoint.args.credential.as_ref().map_or(Credential::Authorizer, |c| c.value.0)
}

/// The query parameter that carries a WeChat endpoint's credential: as declared, else the kind's
/// usual one; empty for none.
pub fn credential_param(endpoint: &Endpoint) -> String {
    match (credential(endpoint), &endpoint.args.credential_param) {
        (Credential::None, _) => String::new(),
        (_, Some(param)) => param.value.to_string(),
        (Credential::Component, None) => "component_access_token".to_owned(),
        (_, None) => "access_token".to_owned(),
    }
}

/// `key=value&...` of the `query` key, as written.
fn query_pairs(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split('&').map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

fn check_query(endpoint: &Endpoint, cx: &mut Ctxt) {
    let Some(query) = &endpoint.args.query else { return };
    let (lit, text) = (&query.value, query.value.value());
    let text = text.strip_prefix('?').unwrap_or(&text);
    if text.is_empty() {
        cx.error_at(lit, "`query` is empty: leave it out when the document fixes no query parameter");
        return;
    }
    // Unreserved characters and %-escapes: sent as written, so they must need no encoding.
    let url_safe = |part: &str| {
        !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || "-._~%".contains(c))
    };
    let mut keys = HashSet::new();
    for (key, value) in query_pairs(text) {
        let credential_name = is_wechat_credential(key) || managed_params(endpoint).contains(&key);
        if value.is_empty() {
            cx.error_at(lit, format!("`{key}` has no value in `query`: write `{key}=value`"));
        } else if !url_safe(key) || !url_safe(value) {
            cx.error_at(
                lit,
                format!("`query` is `key=value` pairs joined by `&`, in letters, digits and `-._~` (percent-encode the rest), e.g. \"action=create\"; `{key}={value}` is not"),
            );
        } else if credential_name {
            cx.error_at(lit, format!("`{key}` is added by the runtime: leave it out of `query`"));
        } else if !keys.insert(key) {
            cx.error_at(lit, format!("`{key}` is given twice in `query`"));
        }
    }
}

/// A field's wire name must not be a parameter the runtime sends, a fixed query key, or another
/// field's.
fn check_wire_names(endpoint: &Endpoint, cx: &mut Ctxt) {
    let query = endpoint.args.query.as_ref().map(|q| q.value.value()).unwrap_or_default();
    let fixed: Vec<&str> = query_pairs(query.strip_prefix('?').unwrap_or(&query)).map(|(k, _)| k).collect();
    let is_get = is_get(endpoint);
    let mut seen = HashSet::new();
    for field in endpoint.fields.iter().flatten().filter(|f| !f.is_skipped()) {
        let name = field.wire_name.as_str();
        let at = field.serde_rename().map_or_else(|| field.ident.to_token_stream(), |r| r.to_token_stream());
        if managed_params(endpoint).contains(&name) {
            let message = match family(endpoint) {
                Family::Im => format!(
                    "`{name}` is a query parameter the runtime sends with every Tencent IM call (sdkappid, identifier, usersig, random, contenttype): this field would repeat it; rename it as the document does"
                ),
                Family::WeChat => format!(
                    "`{name}` is the credential the runtime adds (`credential = {}`): remove this field; if it is a token you pass yourself (a user's web access token), declare `credential = none`",
                    credential_name(credential(endpoint))
                ),
            };
            cx.error_at(at, message);
        } else if (is_get || field.args.query.is_some()) && fixed.contains(&name) {
            cx.error_at(at, format!("`{name}` is already a fixed parameter in `query`: remove the field or the fixed parameter"));
        } else if !seen.insert(name) {
            cx.error_at(at, format!("two fields go on the wire as `{name}`: rename one"));
        }
    }
}

/// `banned_ip` → `BannedIp`, for the suggestion of a variant name.
fn upper_camel(name: &str) -> String {
    crate::ast::rename_rule("PascalCase").map_or_else(|| name.to_owned(), |pascal| pascal(name))
}

fn credential_name(credential: Credential) -> &'static str {
    match credential {
        Credential::Authorizer => "authorizer",
        Credential::App => "app",
        Credential::Component => "component",
        Credential::None => "none",
    }
}

fn check_body_shapes(endpoint: &Endpoint, cx: &mut Ctxt) {
    let args = &endpoint.args;
    if args.multipart.is_none() {
        for field in endpoint.fields.iter().flatten().filter(|f| f.names_type("Upload")) {
            cx.error_at(
                &field.ty,
                "an `Upload` travels only in a multipart body: add `multipart` to the attribute",
            );
        }
    }
    if let (Some(binary), Some(_)) = (&args.binary, &args.response) {
        cx.error_at(
            binary,
            "a `binary` endpoint answers `Binary` (bytes and content type); remove `response`",
        );
    }
    if let Some(multipart) = &args.multipart {
        if family(endpoint) == Family::Im {
            cx.error_at(multipart, "Tencent IM takes JSON bodies only; remove `multipart`");
        } else if args.method.as_ref().is_some_and(|m| m.value.0 == Method::Get) {
            cx.error_at(multipart, "a `multipart` body needs POST; remove `method = GET`");
        }
    }
}

fn is_get(endpoint: &Endpoint) -> bool {
    endpoint.args.method.as_ref().is_some_and(|m| m.value.0 == Method::Get)
}

/// `#[wx(query)]` moves a POST field from the body to the query, where it is written as its plain
/// value: nothing else can carry it there.
fn check_query_fields(endpoint: &Endpoint, cx: &mut Ctxt) {
    for field in endpoint.fields.iter().flatten() {
        if let (Some(query), Some(message)) = (&field.args.query, query_field_error(endpoint, field)) {
            cx.error_at(query, message);
        }
    }
}

/// Why `field` cannot be a query field, if it is declared one and cannot.
pub fn query_field_error(endpoint: &Endpoint, field: &Field) -> Option<&'static str> {
    field.args.query.as_ref()?;
    if is_get(endpoint) {
        Some("the fields of a GET are its query already: remove `query`")
    } else if family(endpoint) == Family::Im {
        Some("Tencent IM commands take their fields in the JSON body: remove `query`")
    } else if field.names_type("Upload") {
        Some("an `Upload` is a file part of the body; it cannot travel in the query")
    } else if field.is_skipped() || field.has_serde_word(&["with", "serialize_with", "skip_serializing_if"]) {
        Some("a query field is sent as its value under its wire name: remove `query` or the field's `#[serde(skip/flatten/with/serialize_with/skip_serializing_if)]`")
    } else {
        None
    }
}

/// The documented calls per second; 0 when not declared (or not a positive `u32`).
pub fn calls_per_second(endpoint: &Endpoint) -> u32 {
    endpoint.args.calls_per_second.as_ref().and_then(|rate| rate.value.base10_parse().ok()).unwrap_or(0)
}

pub fn family(endpoint: &Endpoint) -> Family {
    endpoint.args.family.as_ref().map_or(Family::WeChat, |f| f.value.0)
}

fn check_path(endpoint: &Endpoint, cx: &mut Ctxt) {
    let Some(path) = &endpoint.args.path else {
        if endpoint.args.failed.iter().any(|key| key == "path") {
            return;
        }
        cx.error_span(
            Span::call_site(),
            "missing `path`: add `path = \"/wxa/...\"`, the path from the document's request line",
        );
        return;
    };
    let text = path.value.value();
    let lit = &path.value;
    if !text.starts_with('/') {
        cx.error_at(lit, "`path` starts with `/`; the host comes from the client's base URL");
    } else if let Some((_, query)) = text.split_once('?') {
        let fixed: Vec<String> = query_pairs(query)
            // `OPENID`-style placeholders are request fields; lower-case values are fixed.
            .filter(|(key, value)| {
                !is_wechat_credential(key) && value.chars().any(|c| c.is_ascii_lowercase())
            })
            .map(|(key, value)| format!("{key}={value}"))
            .collect();
        let hint = if fixed.is_empty() {
            String::new()
        } else {
            format!("; the document's fixed parameters go in `query = \"{}\"`", fixed.join("&"))
        };
        cx.error_at(
            lit,
            format!("`path` ends before `?`: the runtime adds the credential, and request fields travel as struct fields{hint}"),
        );
    } else if text.contains('#') {
        cx.error_at(lit, "`path` must not contain `#`");
    } else if text.contains(char::is_whitespace) {
        cx.error_at(lit, "`path` must not contain whitespace");
    } else if family(endpoint) == Family::Im && !text.starts_with("/v4/") {
        cx.error_at(lit, "a Tencent IM path starts with `/v4/`, e.g. \"/v4/official_account_open_http_svc/create_official_account\"");
    }
}

fn check_family_keys(endpoint: &Endpoint, cx: &mut Ctxt) {
    let args = &endpoint.args;
    if family(endpoint) != Family::Im {
        if let (Some(param), Credential::None) = (&args.credential_param, credential(endpoint)) {
            cx.error_at(&param.key, "`credential = none` sends no credential: remove `credential_param`");
        }
        if let Some(rate) = &args.calls_per_second {
            cx.error_at(
                &rate.key,
                "`calls_per_second` is a Tencent IM command's documented limit; WeChat's limits are per minute and per day, kept by the server: remove it",
            );
        }
        return;
    }
    if let Some(rate) = &args.calls_per_second {
        if calls_per_second(endpoint) == 0 {
            cx.error_at(
                &rate.value,
                "`calls_per_second` is a whole number of calls, at least 1, e.g. `calls_per_second = 20`",
            );
        }
    }
    if let Some(perm_sets) = &args.perm_sets {
        cx.error_at(
            &perm_sets.key,
            "`perm_sets` are WeChat third-party permission sets; remove them from a Tencent IM endpoint",
        );
    }
    if let Some(credential) = &args.credential {
        cx.error_at(
            &credential.key,
            "Tencent IM endpoints always use the administrator's UserSig; remove `credential`",
        );
    }
    if let Some(param) = &args.credential_param {
        cx.error_at(
            &param.key,
            "Tencent IM endpoints send the UserSig as `usersig`; remove `credential_param`",
        );
    }
    if let Some(method) = &args.method {
        if method.value.0 == Method::Get {
            cx.error_at(&method.value.1, "Tencent IM endpoints are POST only; remove `method = GET`");
        }
    }
}

fn check_perm_sets(endpoint: &Endpoint, cx: &mut Ctxt) {
    let Some(perm_sets) = &endpoint.args.perm_sets else { return };
    let mut seen = HashSet::new();
    for range in &perm_sets.value {
        if range.lo > range.hi {
            cx.error_at(&range.tokens, format!("empty range: write `{}..={}`", range.hi, range.lo));
            continue;
        }
        if (range.lo..=range.hi).any(|id| !seen.insert(id)) {
            cx.error_at(&range.tokens, "permission set listed twice; give each id once");
        }
    }
}

fn check_errors(endpoint: &Endpoint, cx: &mut Ctxt) {
    let Some(errors) = &endpoint.args.errors else { return };
    let mut variants = check_rows(&errors.value.rows, cx);
    for table in &errors.value.shared {
        match shared_variant(table) {
            None => cx.error_at(table, "expected the path of a table declared with `error_table!`"),
            Some(variant) if variant == "Unknown" => {
                cx.error_at(table, "`Unknown` is generated for undocumented codes; import the table under another name")
            }
            Some(variant) if !variants.insert(variant.to_string()) => cx.error_at(
                table,
                format!("the variant `{variant}` of this shared table is taken by another row or table; import it under another name (`use ... as`)"),
            ),
            Some(_) => {}
        }
    }
}

/// An `error_table!`: the rows' rules, and at least one row.
pub fn check_table(table: &crate::attr::TableArgs, cx: &mut Ctxt) {
    check_rows(&table.rows, cx);
    if table.rows.is_empty() {
        cx.error_at(&table.ident, "a shared error table needs at least one row");
    }
}

/// The variant of the endpoint's error enum that holds a shared table's codes: the table's name.
pub fn shared_variant(table: &syn::Path) -> Option<&syn::Ident> {
    table.segments.last().filter(|s| s.arguments.is_none()).map(|s| &s.ident)
}

/// The rules every error table follows (an endpoint's own rows, `error_table!`); answers the
/// variant names used.
fn check_rows(rows: &[ErrorRow], cx: &mut Ctxt) -> HashSet<String> {
    let mut codes = HashSet::new();
    let mut variants = HashSet::new();
    let mut constants = HashSet::new();
    for row in rows {
        if row.code == 0 {
            cx.error_at(&row.code_tokens, "code 0 means success; remove this row");
        } else if !codes.insert(row.code) {
            cx.error_at(
                &row.code_tokens,
                format!("error code {} is listed twice; give each code once", row.code),
            );
        }
        let constant = crate::expand::code_constant(&row.variant).to_string();
        if row.variant == "Unknown" {
            cx.error_at(&row.variant, "`Unknown` is generated for undocumented codes; pick another name");
        } else if !row.variant.to_string().starts_with(|c: char| c.is_ascii_uppercase()) {
            cx.error_at(
                &row.variant,
                format!("variant names are UpperCamelCase, e.g. `{}`", upper_camel(&row.variant.to_string())),
            );
        } else if !variants.insert(row.variant.to_string()) {
            cx.error_at(
                &row.variant,
                format!("variant `{}` is used twice; give each code its own name", row.variant),
            );
        } else if !constants.insert(constant.clone()) {
            cx.error_at(
                &row.variant,
                format!(
                    "`{}` and an earlier variant give the same code constant `{constant}`: rename one",
                    row.variant
                ),
            );
        }
        if row.description.value().trim().is_empty() {
            cx.error_at(&row.description, "describe the error: the document's meaning and solution");
        }
    }
    variants
}

fn check_field(field: &Field, cx: &mut Ctxt) {
    if let Some(nullable) = &field.args.nullable {
        if !field.is_option() {
            cx.error_at(nullable, "`nullable` sends `None` as `null`; it needs an `Option<...>` field");
        }
    }
    for check in &field.args.checks {
        let bad = match &check.value {
            Check::Chars { min, max } | Check::Range { min, max } if min > max => {
                Some(format!("empty range: write `{max}..={min}`"))
            }
            Check::Chars { min, .. } if *min < 0 => Some("a character count is not negative".into()),
            Check::MaxBytes(max) | Check::MaxItems(max) if *max < 0 => {
                Some(format!("`{}` is not negative", check.key))
            }
            Check::Prefix(prefix) if prefix.value().is_empty() => {
                Some("an empty prefix checks nothing".into())
            }
            _ => None,
        };
        if let Some(message) = bad {
            cx.error_at(&check.key, message);
        }
    }
}
