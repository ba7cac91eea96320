//! The README's examples run: the demo says what each step promises; the callback server passes
//! WeChat's release check played by the sandbox.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn example_binary(name: &str) -> PathBuf {
    // target/debug/deps/demo-… → target/debug/examples/NAME
    let debug = std::env::current_exe().unwrap().parent().unwrap().parent().unwrap().to_path_buf();
    let binary = debug.join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status =
            Command::new(cargo).args(["build", "-p", "wx-endpoints", "--example", name]).status().unwrap();
        assert!(status.success(), "the example {name} builds");
    }
    binary
}

fn demo_binary() -> PathBuf {
    example_binary("demo")
}

/// Kills the child when the test ends, passed or not.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_callback_server_passes_the_release_check() {
    let sandbox = wx_sandbox::Sandbox::start().await.unwrap();
    let c = sandbox.credentials();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(example_binary("callback_server"))
        .env("WX_CALLBACK_TOKEN", &c.callback_token)
        .env("WX_CALLBACK_AES_KEY", &c.encoding_aes_key)
        .env("WX_COMPONENT_APPID", &c.component_appid)
        .env("WX_COMPONENT_SECRET", &c.component_secret)
        .env("WX_API_BASE", sandbox.base_url())
        .env("PORT", port.to_string())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Running(child);
    let mut lines = BufReader::new(stdout).lines();
    let first = tokio::task::spawn_blocking(move || (lines.next(), lines)).await.unwrap();
    let (Some(Ok(listening)), _lines) = first else { panic!("the server printed nothing") };
    assert_eq!(
        listening,
        format!(
            "listening on http://127.0.0.1:{port}: POST /wechat/component, POST /wechat/{{appid}}/callback"
        )
    );
    let base = format!("http://127.0.0.1:{port}/wechat");
    let cases = sandbox
        .control()
        .play_release_check(&format!("{base}/component"), &format!("{base}/$APPID$/callback"))
        .await;
    for case in &cases {
        assert!(case.passed, "{}: {}", case.name, case.detail);
    }
    drop(server);

    let missing = Command::new(example_binary("callback_server")).env_clear().output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let error = String::from_utf8_lossy(&missing.stderr);
    assert_eq!(error.trim(), "error: WX_CALLBACK_TOKEN is not set (see the example's documentation)");
}

#[test]
fn the_demo_walks_every_step() {
    // With RUST_LOG, each call's span is logged to stderr.
    let output = Command::new(demo_binary()).env("RUST_LOG", "info").output().expect("the demo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("wx.call{endpoint=\"setSignature\""), "no call spans in the log:\n{log}");
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for expected in [
        "== 1. ticket push",
        "callback answered 200 \"success\"; the ticket is stored",
        "component_access_token obtained",
        "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=",
        "`authorized` for our pre-auth code: callback answered 200 \"success\"",
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
        "weapp_audit_success for wxsandboxmerchant1: WeappAuditSuccess { succ_time: ",
        "release check: 5 of 5 cases passed",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
    // Tokens and secrets never reach the output.
    for secret_marker in ["AUTHORIZER_", "COMPONENT_", "ticket@@@", "refresh@@@", "sandbox-component-secret"]
    {
        assert!(!stdout.contains(secret_marker), "{secret_marker} leaked:\n{stdout}");
        assert!(!log.contains(secret_marker), "{secret_marker} leaked into the log:\n{log}");
    }
}
