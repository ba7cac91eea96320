//! `wx endpoints` and `wx describe`: the registry the macro fills, printed.

use serde_json::json;
use wx_endpoints::registry::{self, EndpointInfo};
use wx_endpoints::{ApiFamily, RateLimit};

use crate::exit::Failure;

fn sorted() -> Vec<&'static EndpointInfo> {
    let mut all: Vec<_> = registry::endpoints().collect();
    all.sort_by_key(|e| (e.metadata.family.as_str(), e.metadata.path));
    all
}

/// The calls per second the client's limiter allows the endpoint by default (Tencent IM only).
fn calls_per_second(info: &EndpointInfo) -> Option<u32> {
    (info.metadata.family == ApiFamily::TencentIm)
        .then(|| RateLimit::IM_DEFAULT.at_most(info.metadata.calls_per_second).per_second)
}

fn summary(info: &EndpointInfo) -> serde_json::Value {
    json!({
        "name": info.metadata.name,
        "family": info.metadata.family.as_str(),
        "method": info.metadata.method.as_str(),
        "path": info.metadata.path,
        "query": info.metadata.query,
        "type": info.type_name,
        "perm_sets": info.metadata.perm_sets,
        "credential": info.metadata.credential.as_str(),
        "credential_param": info.metadata.credential_param,
        "tier": wx_endpoints::tier_of(info).unwrap_or("custom"),
        "calls_per_second": calls_per_second(info),
    })
}

pub fn endpoints(as_json: bool) -> Result<(), Failure> {
    let all = sorted();
    // Two linked crates may declare the same document name: say so, never pick one silently.
    for (name, types) in registry::ambiguous_names() {
        eprintln!(
            "warning: `{name}` names {} endpoints ({}): call them by type path",
            types.len(),
            types.join(", ")
        );
    }
    if as_json {
        out!(
            "{}",
            serde_json::to_string_pretty(&all.iter().map(|e| summary(e)).collect::<Vec<_>>())
                .unwrap_or_default()
        );
        return Ok(());
    }
    for info in all {
        let sets = if info.metadata.perm_sets.is_empty() {
            "-".to_owned()
        } else {
            info.metadata.perm_sets.iter().map(u16::to_string).collect::<Vec<_>>().join(",")
        };
        out!(
            "{:<40} {:<6} {:<4} {:<64} sets {:<12} {}",
            info.metadata.name,
            info.metadata.family.as_str(),
            info.metadata.method.as_str(),
            path_and_query(info),
            sets,
            info.metadata.credential.as_str()
        );
    }
    Ok(())
}

/// `/path?fixed=query`, as the document's request line shows it (without the credential).
fn path_and_query(info: &EndpointInfo) -> String {
    match info.metadata.query {
        "" => info.metadata.path.to_owned(),
        query => format!("{}?{query}", info.metadata.path),
    }
}

pub fn find(name: &str) -> Result<&'static EndpointInfo, Failure> {
    registry::endpoint(name).map_err(|e| match e {
        registry::LookupError::NotFound { .. } => Failure::usage(format!("{e}; `wx endpoints` lists them")),
        registry::LookupError::Ambiguous { .. } => Failure::usage(e.to_string()),
    })
}

pub fn describe(name: &str, as_json: bool) -> Result<(), Failure> {
    let info = find(name)?;
    if as_json {
        let mut value = summary(info);
        value["type"] = json!(info.type_name);
        value["fields"] = json!(info
            .fields
            .iter()
            .map(|f| json!({"name": f.name, "type": f.rust_type, "required": f.required, "rules": f.rules}))
            .collect::<Vec<_>>());
        value["json_call"] = json!(info.json_call().is_some());
        value["errors"] = json!(info
            .metadata
            .errors
            .iter()
            .map(|e| json!({"code": e.code, "variant": e.variant, "table": e.table, "description": e.description}))
            .collect::<Vec<_>>());
        out!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
        return Ok(());
    }
    out!("{} ({})", info.metadata.name, info.type_name);
    out!(
        "  {} {}  family {}  credential {}",
        info.metadata.method.as_str(),
        path_and_query(info),
        info.metadata.family.as_str(),
        info.metadata.credential.as_str()
    );
    if info.json_call().is_none() {
        out!("  not callable from JSON: the request type does not implement Deserialize");
    }
    if !info.metadata.perm_sets.is_empty() {
        out!("  permission sets (any one): {:?}", info.metadata.perm_sets);
    }
    if let Some(rate) = calls_per_second(info) {
        out!("  rate: {rate} calls per second (the client's default limiter, overridable)");
    }
    out!("fields:");
    if info.fields.is_empty() {
        out!("  (none: the body is {{}})");
    }
    for field in info.fields {
        let required = if field.required { "required" } else { "optional" };
        let rules =
            if field.rules.is_empty() { String::new() } else { format!("  [{}]", field.rules.join(", ")) };
        out!("  {:<28} {:<32} {required}{rules}", field.name, field.rust_type);
    }
    out!("errors:");
    for error in info.metadata.errors {
        let variant = match error.table {
            Some(table) => format!("{table}({})", error.variant),
            None => error.variant.to_owned(),
        };
        out!("  {:>8}  {:<44} {}", error.code, variant, error.description);
    }
    Ok(())
}
