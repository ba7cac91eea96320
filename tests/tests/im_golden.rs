//! The Tencent IM golden test. Completeness: every command of the official list
//! (`tim-commands.txt` of the golden corpus, read where it is: `$WX_GOLDEN_CORPUS` or
//! `../shared/api-docs/golden/`) is declared, and nothing else under `/v4/`. Conformance: each
//! command's request and response examples, as its official page prints them (copied into
//! `tests/data/tim/`, one file per module, each entry with its page), round-trip: the request
//! example read into the request type encodes to the same JSON, and the response example decodes
//! with no field left unknown. An example a page does not print is recorded as `null` with the
//! reason; differences the SDK keeps on purpose are in `tests/tim-exceptions.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;
use wx_endpoints::registry::{self, EndpointInfo};
use wx_endpoints::ApiFamily;
use wx_tests::golden::{check_request, check_response, corpus_dir};

/// One command's examples, as its official page prints them.
#[derive(Deserialize)]
struct Example {
    /// `v4/SERVICE/COMMAND`.
    command: String,
    page: String,
    request: Option<Value>,
    response: Option<Value>,
    /// Why an example is `null`: the page prints none, or no stored copy reaches it.
    #[serde(default)]
    missing_reason: Option<String>,
}

#[derive(Deserialize)]
struct Exception {
    command: String,
    /// `request`, `response`, or `declared` (listed, but not a REST command: not declared).
    check: String,
    reason: String,
    page: String,
}

fn examples() -> Vec<Example> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/tim");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("tests/data/tim").map(|entry| entry.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            let parsed: Vec<Example> =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            parsed
        })
        .collect()
}

fn im_endpoints() -> BTreeMap<&'static str, &'static EndpointInfo> {
    registry::endpoints()
        .filter(|info| info.metadata.family == ApiFamily::TencentIm)
        .map(|info| (info.metadata.path, info))
        .collect()
}

#[test]
fn every_listed_command_is_declared() {
    let dir = corpus_dir();
    let Ok(text) = std::fs::read_to_string(dir.join("tim-commands.txt")) else {
        println!(
            "tim golden: completeness not checked, no command list at {} (set WX_GOLDEN_CORPUS)",
            dir.display()
        );
        return;
    };
    let listed: BTreeSet<String> = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (service, command) = line.split_once(' ').expect("`service command`");
            format!("/v4/{service}/{}", command.trim())
        })
        .collect();
    let declared: BTreeSet<String> = im_endpoints().keys().map(|path| path.to_string()).collect();
    let exceptions: Vec<Exception> =
        serde_json::from_str(include_str!("../tim-exceptions.json")).expect("the exceptions parse");
    let excused: BTreeSet<String> =
        exceptions.iter().filter(|e| e.check == "declared").map(|e| format!("/{}", e.command)).collect();
    let missing: Vec<_> = listed.difference(&declared).filter(|path| !excused.contains(*path)).collect();
    let stale: Vec<_> =
        excused.iter().filter(|path| declared.contains(*path) || !listed.contains(*path)).collect();
    assert!(stale.is_empty(), "`declared` exceptions that no longer apply: {stale:?}");
    let unlisted: Vec<_> = declared.difference(&listed).collect();
    println!(
        "tim golden: {} of {} listed commands declared ({} listed but not REST commands, in tests/tim-exceptions.json)",
        listed.len() - missing.len() - excused.len(),
        listed.len(),
        excused.len()
    );
    assert!(missing.is_empty(), "listed commands not declared: {missing:?}");
    assert!(unlisted.is_empty(), "declared commands the list does not have: {unlisted:?}");
}

#[test]
fn every_command_round_trips_its_official_examples() {
    let endpoints = im_endpoints();
    let examples = examples();
    let exceptions: Vec<Exception> =
        serde_json::from_str(include_str!("../tim-exceptions.json")).expect("the exceptions parse");
    let mut used = vec![false; exceptions.len()];
    let mut failures = Vec::new();
    let mut fail = |command: &str, check: &str, problem: String| match exceptions
        .iter()
        .position(|e| e.command == command && e.check == check)
    {
        Some(index) => used[index] = true,
        None => failures.push(format!("{command}: {check}: {problem}")),
    };
    let (mut requests, mut responses, mut unprinted) = (0, 0, 0);
    let mut covered = BTreeSet::new();
    for example in &examples {
        let path = format!("/{}", example.command);
        let Some(info) = endpoints.get(path.as_str()) else {
            fail(&example.command, "declared", "an example of a command that is not declared".to_owned());
            continue;
        };
        assert!(example.page.starts_with("https://"), "{}: the official page", example.command);
        covered.insert(info.metadata.path);
        if example.request.is_none() || example.response.is_none() {
            unprinted += 1;
            assert!(
                example.missing_reason.as_deref().is_some_and(|reason| !reason.is_empty()),
                "{}: a null example says why",
                example.command
            );
        }
        if let Some(request) = &example.request {
            requests += 1;
            if let Err(problem) = check_request(info, request) {
                fail(&example.command, "request", format!("{problem} ({})", example.page));
            }
        }
        if let Some(response) = &example.response {
            responses += 1;
            if let Err(problem) = check_response(info, response) {
                fail(&example.command, "response", format!("{problem} ({})", example.page));
            }
        }
    }
    let without: Vec<_> = endpoints.keys().filter(|path| !covered.contains(*path)).collect();
    let stale: Vec<_> = exceptions
        .iter()
        .zip(&used)
        .filter(|(e, used)| !**used && e.check != "declared")
        .map(|(e, _)| &e.command)
        .collect();
    for exception in &exceptions {
        assert!(
            exception.page.starts_with("https://") && !exception.reason.is_empty(),
            "{}",
            exception.command
        );
    }
    println!(
        "tim golden: {} commands, {requests} request examples, {responses} response examples round-tripped; {unprinted} with an example not printed (reasons in tests/data/tim); {} exceptions",
        covered.len(),
        exceptions.len()
    );
    assert!(without.is_empty(), "declared commands without their page's examples: {without:?}");
    assert!(stale.is_empty(), "exceptions that no longer apply (remove them): {stale:?}");
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}
