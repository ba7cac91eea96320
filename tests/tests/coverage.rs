//! Every authorizer endpoint of the catalog (`sandbox/data/wechat-catalog.json`, the repository's
//! one copy) is declared, with the catalog's method, path, permission sets and error codes, read
//! through the endpoint registry the macro fills.

use std::collections::BTreeSet;

use serde_json::Value;
use wx_endpoints::registry;
use wx_endpoints::wechat::CommonError;
use wx_endpoints::{ApiFamily, CredentialKind, Method};

/// Codes a seed document lists for its endpoint that the catalog does not: the seed documents are
/// the authoritative pages for the first endpoints.
const SEED_ONLY_CODES: &[(&str, i64)] = &[
    ("modifyCategory", -1),    // seed 003 lists -1
    ("modifywxastore", 40001), // seed 001 lists 40001
];

#[test]
fn every_authorizer_endpoint_is_declared_as_catalogued() {
    let catalog: Vec<Value> = serde_json::from_str(include_str!("../../sandbox/data/wechat-catalog.json"))
        .expect("the catalog parses");
    let authorizer: Vec<&Value> =
        catalog.iter().filter(|e| e["token"] == "authorizer_access_token").collect();
    assert_eq!(authorizer.len(), 59);
    let mut problems = Vec::new();
    for entry in authorizer {
        let name = entry["name"].as_str().unwrap();
        let Ok(info) = registry::endpoint(name) else {
            problems.push(format!("{name}: not declared"));
            continue;
        };
        let method = match entry["method"].as_str().unwrap() {
            "GET" => Method::Get,
            _ => Method::Post,
        };
        if info.metadata.method != method {
            problems.push(format!("{name}: method {:?}, catalog {method:?}", info.metadata.method));
        }
        if info.metadata.path != entry["path"].as_str().unwrap() {
            problems.push(format!("{name}: path {}, catalog {}", info.metadata.path, entry["path"]));
        }
        let mut catalog_sets: Vec<u16> =
            entry["perm_sets"].as_array().unwrap().iter().map(|p| p.as_u64().unwrap() as u16).collect();
        catalog_sets.sort_unstable();
        if info.metadata.perm_sets != catalog_sets {
            problems
                .push(format!("{name}: perm_sets {:?}, catalog {catalog_sets:?}", info.metadata.perm_sets));
        }
        let catalog_codes: BTreeSet<i64> = entry["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["code"].as_i64().unwrap())
            .filter(|&code| code != 0)
            .collect();
        let declared: BTreeSet<i64> = info
            .metadata
            .errors
            .iter()
            .map(|e| e.code)
            .filter(|&code| !SEED_ONLY_CODES.contains(&(name, code)))
            .collect();
        // Every catalogued code is declared; a code beyond the catalog is one of the global codes
        // every WeChat API answers (the shared `CommonError` table).
        let extra_not_global: Vec<&i64> = declared
            .difference(&catalog_codes)
            .filter(|code| CommonError::from_code(**code).is_none())
            .collect();
        if !declared.is_superset(&catalog_codes) || !extra_not_global.is_empty() {
            problems.push(format!("{name}: error codes {declared:?}, catalog {catalog_codes:?}"));
        }
        if (info.metadata.family, info.metadata.credential) != (ApiFamily::WeChat, CredentialKind::Authorizer)
        {
            problems.push(format!("{name}: {:?} {:?}", info.metadata.family, info.metadata.credential));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_registry_holds_every_declared_endpoint_once() {
    let names: Vec<&str> = registry::endpoints().map(|e| e.metadata.name).collect();
    let unique: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(names.len(), unique.len(), "duplicate names: {names:?}");
    // Every declaration in the sources is registered: the endpoints crate and the runtime's token
    // endpoints.
    assert_eq!(names.len(), declarations_in_sources(), "{names:?}");
    let set_signature = registry::endpoint("setSignature").unwrap();
    assert_eq!(set_signature.type_name, "wx_endpoints::wechat::basic_info::set_signature::SetSignature");
}

/// How many `#[wx_endpoint(` attributes the shipped sources hold.
fn declarations_in_sources() -> usize {
    fn count(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .map(|path| match path.is_dir() {
                true => count(&path),
                false if path.extension().is_some_and(|e| e == "rs") => {
                    std::fs::read_to_string(&path).unwrap().matches("#[wx_endpoint(").count()
                }
                false => 0,
            })
            .sum()
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // The tiers behind cargo features count when this test binary was built with them.
    let built = |tier: &str| registry::endpoints().any(|info| wx_endpoints::tier_of(info) == Some(tier));
    let mut total = count(&root.join("endpoints/src/wechat"))
        + count(&root.join("endpoints/src/im"))
        + count(&root.join("runtime/src/token"));
    for (tier, dir) in [("mini-program", "mini_program"), ("official-account", "official_account")] {
        if built(tier) {
            total += count(&root.join("endpoints/src").join(dir));
        }
    }
    total
}
