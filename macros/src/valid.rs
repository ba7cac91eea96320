//! Every semantic rule of a declaration, each error at the offending token. `fallback.rs` then
//! removes what failed, so the expansion stays well-formed.

use std::collections::HashSet;

use proc_macro2::Span;

use crate::ast::{Endpoint, Field};
use crate::attr::{Check, Family, Method};
use crate::ctxt::Ctxt;

pub fn check(endpoint: &Endpoint, cx: &mut Ctxt) {
    check_path(endpoint, cx);
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
    check_body_shapes(endpoint, cx);
}

fn check_body_shapes(endpoint: &Endpoint, cx: &mut Ctxt) {
    let args = &endpoint.args;
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

pub fn family(endpoint: &Endpoint) -> Family {
    endpoint.args.family.as_ref().map_or(Family::WeChat, |f| f.value.0)
}

fn check_path(endpoint: &Endpoint, cx: &mut Ctxt) {
    let Some(path) = &endpoint.args.path else {
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
    } else if text.contains('?') || text.contains('#') {
        cx.error_at(
            lit,
            "`path` must not contain a query: `access_token` (or IM's `sdkappid`, `usersig`, ...) is added by the runtime, and GET fields travel as struct fields",
        );
    } else if text.to_ascii_lowercase().contains("access_token") {
        cx.error_at(lit, "`path` must not mention `access_token`: the runtime adds the credential");
    } else if text.contains(char::is_whitespace) {
        cx.error_at(lit, "`path` must not contain whitespace");
    } else if family(endpoint) == Family::Im && !text.starts_with("/v4/") {
        cx.error_at(lit, "a Tencent IM path starts with `/v4/`, e.g. \"/v4/official_account_open_http_svc/create_official_account\"");
    }
}

fn check_family_keys(endpoint: &Endpoint, cx: &mut Ctxt) {
    if family(endpoint) != Family::Im {
        return;
    }
    let args = &endpoint.args;
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
    let mut codes = HashSet::new();
    let mut variants = HashSet::new();
    for row in &errors.value {
        if row.code == 0 {
            cx.error_at(&row.code_tokens, "code 0 means success; remove this row");
        } else if !codes.insert(row.code) {
            cx.error_at(
                &row.code_tokens,
                format!("error code {} is listed twice; give each code once", row.code),
            );
        }
        if row.variant == "Unknown" {
            cx.error_at(&row.variant, "`Unknown` is generated for undocumented codes; pick another name");
        } else if !variants.insert(row.variant.to_string()) {
            cx.error_at(
                &row.variant,
                format!("variant `{}` is used twice; give each code its own name", row.variant),
            );
        }
        if row.description.value().trim().is_empty() {
            cx.error_at(&row.description, "describe the error: the document's meaning and solution");
        }
    }
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
