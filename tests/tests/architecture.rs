//! ARCHITECTURE.md's reading order of the runtime, checked: each module names (`crate::…`) only
//! modules that come before it, so the runtime has no import cycles.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The runtime's top-level modules in ARCHITECTURE.md's reading order.
const READING_ORDER: &[&str] = &[
    "secret",
    "wire_enum",
    "error_table",
    "validate",
    "payload",
    "rate",
    "http",
    "endpoint",
    "class",
    "error",
    "envelope",
    "retry",
    "credential",
    "transport",
    "call",
    "signature",
    "im",
    "token",
    "client",
    "callback",
    "registry",
];

fn runtime_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`token/manager/fetch.rs` → `token`).
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(runtime_src()).unwrap();
    let first = relative.components().next().unwrap().as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The items `lib.rs` re-exports at the crate root (`crate::Client`), each with its module.
fn root_items() -> Vec<(String, String)> {
    let lib = std::fs::read_to_string(runtime_src().join("lib.rs")).unwrap();
    let mut items = Vec::new();
    for statement in lib.split("\npub use ").skip(1) {
        let statement = statement.split(';').next().unwrap();
        let (module, rest) = statement.split_once("::").unwrap_or((statement, ""));
        for item in rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|i| !i.is_empty()) {
            items.push((item.to_owned(), module.trim().to_owned()));
        }
    }
    items
}

/// The modules `source` names in code (not in doc links) outside its unit tests.
fn uses(source: &str, root_items: &[(String, String)]) -> BTreeSet<String> {
    let code: String = source
        .split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String =
            code[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if let Some((_, module)) = root_items.iter().find(|(item, _)| *item == name) {
            found.insert(module.clone());
        } else if READING_ORDER.contains(&name.as_str()) {
            found.insert(name);
        }
    }
    found
}

#[test]
fn every_runtime_module_uses_only_modules_before_it_in_the_reading_order() {
    let mut files = Vec::new();
    rust_files(&runtime_src(), &mut files);
    let root_items = root_items();
    assert!(root_items.iter().any(|(item, module)| item == "Client" && module == "client"));
    let mut violations = Vec::new();
    for file in &files {
        let module = module_of(file);
        if module == "lib" {
            continue;
        }
        let position = READING_ORDER
            .iter()
            .position(|m| *m == module)
            .unwrap_or_else(|| panic!("{module} is missing from the reading order (ARCHITECTURE.md)"));
        let source = std::fs::read_to_string(file).unwrap();
        for used in uses(&source, &root_items) {
            let used_position = READING_ORDER.iter().position(|m| *m == used).unwrap();
            if used_position > position {
                violations.push(format!("{} uses {used}, which comes after {module}", file.display()));
            }
        }
    }
    assert!(violations.is_empty(), "reading order broken:\n{}", violations.join("\n"));
}

#[test]
fn the_check_sees_a_use_of_a_later_module() {
    let source = "use crate::call::CallPath;\n/// [`Transport`](crate::Transport)\nfn f() -> crate::Client { todo!() }\n#[cfg(test)] use crate::registry;";
    assert_eq!(uses(source, &root_items()), ["call", "client"].into_iter().map(String::from).collect());
}
