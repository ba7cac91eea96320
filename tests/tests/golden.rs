//! The golden conformance test: every registered WeChat endpoint against the official documents'
//! samples, as collected in another project's corpus (`wechat-endpoints.json`: method, path, fixed
//! query, the official page, tier, request and response samples). The corpus is read where it is,
//! never copied here: `$WX_GOLDEN_CORPUS` (a directory) or `../shared/api-docs/golden/` beside the
//! workspace. Without it the test says so in one line and checks nothing; CI always has it.
//!
//! For each endpoint the corpus lists: (1) method, path and fixed query equal the entry; (2) the
//! request sample, read into the request type and encoded as a call sends it, equals the sample;
//! (3) the response sample decodes into the typed response with no field left unknown. Exceptions
//! live in `tests/golden-exceptions.json`, each with the reason and the official page that settles
//! it; an exception that no longer applies fails the test too.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;
use wx_endpoints::registry;
use wx_endpoints::ApiFamily;
use wx_tests::golden::{check_request, check_response, corpus_dir};

#[derive(Deserialize)]
struct Entry {
    method: String,
    path: String,
    #[serde(default)]
    query: Option<String>,
    /// The official page (a few entries of other tiers have none).
    #[serde(default)]
    doc: Option<String>,
    tier: String,
    #[serde(default)]
    request_sample: Option<Value>,
    #[serde(default)]
    response_sample: Option<Value>,
}

#[derive(Deserialize)]
struct Exception {
    /// `METHOD path[?query]`.
    endpoint: String,
    /// `wire`, `request`, `response`, or `path` (declared on another path than the corpus's).
    check: String,
    /// For `path`: the corpus entry the endpoint stands for, `METHOD path[?query]`.
    #[serde(default)]
    corpus: Option<String>,
    reason: String,
    page: String,
}

fn wire_key(method: &str, path: &str, query: &str) -> String {
    match query {
        "" => format!("{method} {path}"),
        query => format!("{method} {path}?{query}"),
    }
}

#[test]
fn every_endpoint_matches_its_official_samples() {
    let dir = corpus_dir();
    let Ok(text) = std::fs::read_to_string(dir.join("wechat-endpoints.json")) else {
        println!("golden: not run, no corpus at {} (set WX_GOLDEN_CORPUS)", dir.display());
        return;
    };
    let corpus: Vec<Entry> = serde_json::from_str(&text).expect("the corpus parses");
    let exceptions: Vec<Exception> =
        serde_json::from_str(include_str!("../golden-exceptions.json")).expect("the exceptions parse");
    for exception in &exceptions {
        assert!(
            exception.page.starts_with("https://") && !exception.reason.is_empty(),
            "every exception gives its reason and official page: {}",
            exception.endpoint
        );
    }
    let mut by_path: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for entry in &corpus {
        by_path.entry(entry.path.as_str()).or_default().push(entry);
    }

    let mut failures = Vec::new();
    // Cells: the `fail` closure and the path check below both mark exceptions as used.
    let used_exceptions: Vec<std::cell::Cell<bool>> = exceptions.iter().map(|_| Default::default()).collect();
    // A difference is a failure unless an exception excuses it; answers whether one did.
    let fail = |key: &str, check: &str, problem: String, failures: &mut Vec<String>| match exceptions
        .iter()
        .position(|e| e.endpoint == key && e.check == check)
    {
        Some(index) => {
            used_exceptions[index].set(true);
            true
        }
        None => {
            failures.push(format!("{key}: {check}: {problem}"));
            false
        }
    };
    let (mut checked, mut requests, mut responses) = (0, 0, 0);
    let mut declared = std::collections::BTreeSet::new();
    let mut outside = Vec::new();
    for info in registry::endpoints().filter(|info| info.metadata.family == ApiFamily::WeChat) {
        let meta = info.metadata;
        let key = wire_key(meta.method.as_str(), meta.path, meta.query);
        let Some(candidates) = by_path.get(meta.path) else {
            // Declared on the path the official page gives, for a corpus entry with another one.
            match exceptions.iter().position(|e| e.endpoint == key && e.check == "path") {
                Some(index) => {
                    used_exceptions[index].set(true);
                    declared.extend(exceptions[index].corpus.clone());
                }
                None => outside.push(key),
            }
            continue;
        };
        let Some(entry) = candidates
            .iter()
            .find(|e| e.method == meta.method.as_str() && e.query.as_deref().unwrap_or("") == meta.query)
        else {
            let documented: Vec<_> = candidates
                .iter()
                .map(|e| wire_key(&e.method, &e.path, e.query.as_deref().unwrap_or("")))
                .collect();
            // Declared as the official page says, against the corpus's line: the entry is covered.
            if fail(&key, "wire", format!("the corpus documents {documented:?}"), &mut failures) {
                declared.extend(documented);
            }
            continue;
        };
        declared.insert(key.clone());
        checked += 1;
        if let Some(sample) = &entry.request_sample {
            requests += 1;
            if let Err(problem) = check_request(info, sample) {
                fail(
                    &key,
                    "request",
                    format!("{problem} ({})", entry.doc.as_deref().unwrap_or("no page")),
                    &mut failures,
                );
            }
        }
        if let Some(sample) = &entry.response_sample {
            responses += 1;
            if let Err(problem) = check_response(info, sample) {
                fail(
                    &key,
                    "response",
                    format!("{problem} ({})", entry.doc.as_deref().unwrap_or("no page")),
                    &mut failures,
                );
            }
        }
    }
    let stale: Vec<_> = exceptions
        .iter()
        .zip(&used_exceptions)
        .filter(|(_, used)| !used.get())
        .map(|(e, _)| format!("{} ({})", e.endpoint, e.check))
        .collect();
    // Every tier built into this test binary (its cargo feature on) must be declared whole.
    let complete_tiers: std::collections::BTreeSet<&str> = registry::endpoints()
        .filter(|info| info.metadata.family == ApiFamily::WeChat)
        .filter_map(wx_endpoints::tier_of)
        .collect();
    let mut missing: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in &corpus {
        let key = wire_key(&entry.method, &entry.path, entry.query.as_deref().unwrap_or(""));
        if !declared.contains(&key) {
            *missing.entry(entry.tier.as_str()).or_default() += 1;
            if complete_tiers.contains(entry.tier.as_str()) {
                failures.push(format!("{key}: not declared ({})", entry.doc.as_deref().unwrap_or("no page")));
            }
        }
    }
    println!("golden: tiers built in and required whole: {complete_tiers:?}");
    println!(
        "golden: {checked} endpoints, {requests} request samples, {responses} response samples, {} exceptions",
        exceptions.len()
    );
    println!("golden: not declared yet, by tier: {missing:?}; declared outside the corpus: {outside:?}");
    assert!(stale.is_empty(), "exceptions that no longer apply (remove them): {stale:?}");
    assert!(outside.is_empty(), "declared outside the corpus without a `path` exception: {outside:?}");
    assert!(
        failures.is_empty(),
        "{} endpoints differ from their samples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every endpoint called from its request sample against a server answering one of its documented
/// failure codes: the failure arrives as the endpoint's documented variant.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_documented_failure_decodes_as_the_typed_error() {
    use wiremock::matchers::any;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let dir = corpus_dir();
    let Ok(text) = std::fs::read_to_string(dir.join("wechat-endpoints.json")) else {
        println!("golden errors: not run, no corpus at {} (set WX_GOLDEN_CORPUS)", dir.display());
        return;
    };
    let corpus: Vec<Entry> = serde_json::from_str(&text).expect("the corpus parses");
    let (mut typed, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    let server = MockServer::start().await;
    let client = wx_tests::client_for(&server);
    for info in registry::endpoints().filter(|info| info.metadata.family == ApiFamily::WeChat) {
        let meta = info.metadata;
        // An own row when there is one (the rows a shared table adds are checked once per table).
        let Some(doc) = meta.errors.iter().find(|e| e.table.is_none()).or(meta.errors.first()) else {
            continue;
        };
        let sample = corpus
            .iter()
            .find(|e| e.path == meta.path && e.query.as_deref().unwrap_or("") == meta.query)
            .and_then(|e| e.request_sample.clone())
            .unwrap_or_else(|| serde_json::json!({}));
        let Some(call) = info.json_call() else {
            skipped += 1;
            continue;
        };
        server.reset().await;
        let answer = serde_json::json!({"errcode": doc.code, "errmsg": "documented failure"});
        Mock::given(any())
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .mount(&server)
            .await;
        let authorizer = Some(wx_tests::AUTHORIZER_APPID);
        match call(&client, authorizer, sample).await {
            Err(failure) if failure.code == Some(doc.code) => {
                let expected = match doc.table {
                    Some(table) => format!("{table}({})", doc.variant),
                    None => doc.variant.to_owned(),
                };
                match failure.variant {
                    Some(variant) if variant == expected => typed += 1,
                    other => failures
                        .push(format!("{}: {} arrived as {other:?}, not {expected}", meta.name, doc.code)),
                }
            }
            // The sample does not validate or read without fields the corpus leaves out: nothing was sent.
            Err(failure) if failure.kind == wx_endpoints::registry::FailureKind::Invalid => skipped += 1,
            other => failures.push(format!("{}: {} answered {other:?}", meta.name, doc.code)),
        }
    }
    println!("golden errors: {typed} endpoints typed their documented failure, {skipped} not callable from their sample");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(typed > 150, "only {typed} endpoints were checked");
}
