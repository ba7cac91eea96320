//! The README's demo runs, and says what each step promises.

use std::path::PathBuf;
use std::process::Command;

fn demo_binary() -> PathBuf {
    // target/debug/deps/demo-… → target/debug/examples/demo
    let debug = std::env::current_exe().unwrap().parent().unwrap().parent().unwrap().to_path_buf();
    let binary = debug.join("examples").join(format!("demo{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status =
            Command::new(cargo).args(["build", "-p", "wx-endpoints", "--example", "demo"]).status().unwrap();
        assert!(status.success(), "the demo builds");
    }
    binary
}

#[test]
fn the_demo_walks_every_step() {
    let output = Command::new(demo_binary()).output().expect("the demo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for expected in [
        "== 1. ticket push",
        "callback answered 200 \"success\"; the ticket is stored",
        "component_access_token obtained",
        "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=",
        "granted permission sets [3, 8, 17, 18, 30]",
        "authorizer_access_token ready",
        "setSignature: ok",
        "modifywxastore: ok",
        "modifyCategory: ok",
        "setSearchStatus: ok",
        "modify_official_account_base_info: ok",
        "logged in; session_key kept on the server: Secret(***)",
        "the same code again: error 40163 (`Unknown(40163)`",
        "validation: invalid request: `signature` must have 4 to 120 characters, has 1 (nothing was sent)",
        "SetSearchStatusError::SearchStatusBanned (85083)",
        "caught before sending",
        "(requests sent: 0)",
        "stale token refreshed transparently",
        "quota exhausted:",
        "(class quota_exhausted, retryable: false)",
        "verifies: true",
        "AccountNotFound (130004)",
        "imported accounts alice and bob",
        "alice -> bob: sent, MsgKey ",
        "bob's history: alice -> bob: \"Lunch at noon?\"",
        "a message the app's callback refused: SendMsgError::ForbiddenByCallback",
        "IM callbacks the sandbox signed and sent: 3",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
    // Tokens and secrets never reach the output.
    for secret_marker in ["AUTHORIZER_", "COMPONENT_", "ticket@@@", "refresh@@@", "sandbox-component-secret"]
    {
        assert!(!stdout.contains(secret_marker), "{secret_marker} leaked:\n{stdout}");
    }
}
