//! The `wx-sandbox` binary driven as a client in another language drives it: flags, a config file,
//! the printed config and banner, WeChat's own paths and the control API, all over HTTP. The only
//! Rust-side help is what such a client takes from its own WeChat library: decrypting a push.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::RawQuery;
use serde_json::{json, Value};
use tokio::sync::mpsc;
use wx_runtime::callback::{xml_tree, MsgCrypt};

const BINARY: &str = env!("CARGO_BIN_EXE_wx-sandbox");

/// A running `wx-sandbox`, killed when dropped.
struct Process {
    child: Child,
    banner: Value,
}

impl Process {
    /// Starts the binary with `args` and reads its one-line JSON banner.
    fn start(args: &[&str]) -> Process {
        let mut child = Command::new(BINARY)
            .args(args)
            .args(["--port", "0", "--json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("wx-sandbox starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("a banner line");
        let banner = serde_json::from_str(&line).unwrap_or_else(|e| panic!("banner {line:?}: {e}"));
        Process { child, banner }
    }

    fn base_url(&self) -> &str {
        self.banner["base_url"].as_str().expect("base_url")
    }

    fn config(&self) -> &Value {
        &self.banner["config"]
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JSON client of the sandbox's port.
struct Http {
    client: reqwest::Client,
    base: String,
}

impl Http {
    async fn send(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(body) = body {
            request = request.body(body.to_string());
        }
        let response = request.send().await.expect("the sandbox answers");
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    async fn get(&self, path: &str) -> Value {
        let (status, body) = self.send(reqwest::Method::GET, path, None).await;
        assert_eq!(status, 200, "GET {path}: {body}");
        body
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        let (status, body) = self.send(reqwest::Method::POST, path, Some(body)).await;
        assert_eq!(status, 200, "POST {path}: {body}");
        body
    }
}

/// The platform's authorization-event URL on loopback: every push, as (query, body), answered
/// `success`.
async fn callback_server() -> (String, mpsc::UnboundedReceiver<(String, String)>) {
    let (pushed, received) = mpsc::unbounded_channel();
    let pushed = Arc::new(Mutex::new(pushed));
    let route = axum::routing::post(move |RawQuery(query): RawQuery, body: Bytes| {
        let pushed = pushed.clone();
        async move {
            let _ = pushed
                .lock()
                .unwrap()
                .send((query.unwrap_or_default(), String::from_utf8_lossy(&body).into_owned()));
            "success"
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/component", listener.local_addr().unwrap());
    let app = axum::Router::new().route("/component", route);
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

/// Waits for the next push, checks its signature and decrypts it, as a platform's WeChat library
/// does with the printed token, EncodingAESKey and component appid.
async fn next_push(
    received: &mut mpsc::UnboundedReceiver<(String, String)>,
    config: &Value,
) -> serde_json::Map<String, Value> {
    let (query, body) = tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await
        .expect("a push within 10 s")
        .expect("the callback server runs");
    let crypt = MsgCrypt::new(
        config["callback_token"].as_str().unwrap(),
        config["encoding_aes_key"].as_str().unwrap(),
        config["component_appid"].as_str().unwrap().to_owned(),
    )
    .expect("the printed key is a key");
    let query: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let encrypt = xml_tree(&body).unwrap()["Encrypt"].as_str().unwrap().to_owned();
    crypt.verify(&query["msg_signature"], &query["timestamp"], &query["nonce"], &encrypt).expect("signed");
    xml_tree(&crypt.decrypt(&encrypt).expect("decrypts")).unwrap()
}

fn field<'a>(push: &'a serde_json::Map<String, Value>, name: &str) -> &'a str {
    push.get(name).and_then(Value::as_str).unwrap_or_else(|| panic!("{name} in {push:?}"))
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("wx-sandbox-test-{}-{}", std::process::id(), fastrand::u32(..)));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_in_any_language_runs_the_whole_component_flow_over_http() {
    let (callback_url, mut pushes) = callback_server().await;
    let file = temp_file(
        "sandbox.toml",
        &format!(
            r#"
component_appid = "wxhttpcomponent01"
component_secret = "http-component-secret"
component_callback_url = "{callback_url}"
seed = 42
daily_token_quota = 100

[[merchants]]
appid = "wxhttpmerchant0001"
granted = [17, 18]
"#
        ),
    );
    let file = file.to_str().unwrap();

    // The printed config: the file, then the flags over it; printed TOML reads back as a config.
    let printed = Command::new(BINARY)
        .args(["--config", file, "--daily-token-quota", "50", "--print-config", "--json"])
        .output()
        .unwrap();
    assert!(printed.status.success());
    let printed: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(printed["component_appid"], "wxhttpcomponent01");
    assert_eq!(printed["daily_token_quota"], 50, "the flag wins over the file");
    assert_eq!(printed["merchants"], json!([{"appid": "wxhttpmerchant0001", "granted": [17, 18]}]));
    for key in ["app_secret", "callback_token", "encoding_aes_key", "im_key", "im_admin", "im_sdkappid"] {
        assert!(!printed[key].is_null(), "{key} printed");
    }
    let toml = Command::new(BINARY).args(["--config", file, "--print-config"]).output().unwrap();
    let reread = temp_file("printed.toml", std::str::from_utf8(&toml.stdout).unwrap());
    let again = Command::new(BINARY)
        .args(["--config", reread.to_str().unwrap(), "--print-config", "--json"])
        .output()
        .unwrap();
    let again: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(again["component_callback_url"], printed["component_callback_url"]);
    assert_eq!(again["seed"], 42);

    let sandbox = Process::start(&["--config", file]);
    let config = sandbox.config().clone();
    assert_eq!(sandbox.banner["control_url"], format!("{}/_sandbox", sandbox.base_url()));
    let http = Http { client: reqwest::Client::new(), base: sandbox.base_url().to_owned() };
    let component = json!({"component_appid": config["component_appid"], "component_appsecret": config["component_secret"]});

    // WeChat pushes a ticket once the URL is known, and again after api_start_push_ticket.
    let first = next_push(&mut pushes, &config).await;
    assert_eq!(field(&first, "InfoType"), "component_verify_ticket");
    let started = http
        .post(
            "/cgi-bin/component/api_start_push_ticket",
            json!({"component_appid": config["component_appid"], "component_secret": config["component_secret"]}),
        )
        .await;
    assert_eq!(started["errcode"], 0);
    let second = next_push(&mut pushes, &config).await;
    let ticket = field(&second, "ComponentVerifyTicket");
    assert_ne!(ticket, field(&first, "ComponentVerifyTicket"));

    let mut request = component.clone();
    request["component_verify_ticket"] = json!(ticket);
    let token = http.post("/cgi-bin/component/api_component_token", request).await;
    let component_token =
        token["component_access_token"].as_str().unwrap_or_else(|| panic!("{token}")).to_owned();
    let query = format!("?component_access_token={component_token}");

    let body = json!({"component_appid": config["component_appid"]});
    let made = http.post(&format!("/cgi-bin/component/api_create_preauthcode{query}"), body).await;
    let pre_auth_code = made["pre_auth_code"].as_str().unwrap().to_owned();

    // The merchant authorizes through the platform's link: the push carries that pre-auth code.
    let authorized = http
        .post(
            "/_sandbox/authorize",
            json!({"authorizer_appid": "wxhttpmerchant0001", "pre_auth_code": pre_auth_code}),
        )
        .await;
    assert_eq!(authorized["push"]["answer"], "success");
    let push = next_push(&mut pushes, &config).await;
    assert_eq!(field(&push, "InfoType"), "authorized");
    assert_eq!(field(&push, "PreAuthCode"), pre_auth_code);
    assert_eq!(field(&push, "AuthorizationCode"), authorized["authorization_code"]);
    let (status, reused) = http
        .send(
            reqwest::Method::POST,
            "/_sandbox/authorize",
            Some(json!({"authorizer_appid": "wxhttpmerchant0001", "pre_auth_code": pre_auth_code})),
        )
        .await;
    assert_eq!(status, 404, "a pre-auth code is spent once: {reused}");

    let mut body = json!({"component_appid": config["component_appid"]});
    body["authorization_code"] = json!(field(&push, "AuthorizationCode"));
    let auth = http.post(&format!("/cgi-bin/component/api_query_auth{query}"), body).await;
    let info = &auth["authorization_info"];
    assert_eq!(info["authorizer_appid"], "wxhttpmerchant0001");
    let body = json!({
        "component_appid": config["component_appid"],
        "authorizer_appid": "wxhttpmerchant0001",
        "authorizer_refresh_token": info["authorizer_refresh_token"],
    });
    let refreshed = http.post(&format!("/cgi-bin/component/api_authorizer_token{query}"), body).await;
    let authorizer_token =
        refreshed["authorizer_access_token"].as_str().unwrap_or_else(|| panic!("{refreshed}"));
    let status = http.get(&format!("/wxa/getwxasearchstatus?access_token={authorizer_token}")).await;
    assert_eq!(status["errcode"], 0, "{status}");

    let counters = http.get("/_sandbox/counters").await;
    assert_eq!(counters["tokens_issued"]["component_access_token"], 1, "{counters}");
    assert_eq!(
        counters["tokens_issued"]["authorizer_access_token"], 2,
        "query_auth, then the refresh: {counters}"
    );
    assert_eq!(counters["requests"]["/cgi-bin/component/api_query_auth"], 1);
    assert_eq!(counters["requests"]["/wxa/getwxasearchstatus"], 1);
    assert_eq!(counters["pushes"]["component_verify_ticket"]["succeeded"], 2);
    assert_eq!(counters["pushes"]["authorized"]["succeeded"], 1);
    assert_eq!(counters["requests_total"], 6, "the control API's own requests are not counted: {counters}");

    let log = http.get("/_sandbox/requests?path=/cgi-bin/component/api_query_auth").await;
    assert_eq!(log.as_array().map(Vec::len), Some(1), "{log}");
    assert_eq!(log[0]["body"]["authorization_code"], authorized["authorization_code"]);
    assert_eq!(log[0]["method"], "POST");

    // Ten minutes of sandbox time later, WeChat pushes the next ticket.
    let advanced = http.post("/_sandbox/clock/advance", json!({"seconds": 600})).await;
    assert_eq!(advanced["clock"]["offset_secs"], 600);
    let third = next_push(&mut pushes, &config).await;
    assert_eq!(field(&third, "InfoType"), "component_verify_ticket");

    // The merchant leaves: `unauthorized`, and its token stops working.
    let left = http.post("/_sandbox/unauthorize", json!({"authorizer_appid": "wxhttpmerchant0001"})).await;
    assert_eq!(left["push"]["answer"], "success");
    assert_eq!(field(&next_push(&mut pushes, &config).await, "InfoType"), "unauthorized");
    let refused = http.get(&format!("/wxa/getwxasearchstatus?access_token={authorizer_token}")).await;
    assert_eq!(refused["errcode"], 40001);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_injected_over_http_then_cleared_and_reset() {
    let sandbox = Process::start(&["--app", "wxflagapp00000001:flag-secret", "--seed", "1"]);
    assert_eq!(sandbox.config()["app_appid"], "wxflagapp00000001");
    let http = Http { client: reqwest::Client::new(), base: sandbox.base_url().to_owned() };
    let token_path = "/cgi-bin/token?grant_type=client_credential&appid=wxflagapp00000001&secret=flag-secret";

    let rule = json!({"path": "/cgi-bin/token", "fault": {"errcode": -1}, "times": 1});
    let faults = http.post("/_sandbox/faults", rule.clone()).await;
    assert_eq!(faults, json!([rule]));
    assert_eq!(http.get(token_path).await["errcode"], -1, "the injected busy answer");
    let token = http.get(token_path).await;
    let access_token =
        token["access_token"].as_str().unwrap_or_else(|| panic!("the fault was used up: {token}"));

    http.post("/_sandbox/faults", json!({"fault": {"http_status": 503}})).await;
    let (status, _) = http.send(reqwest::Method::GET, token_path, None).await;
    assert_eq!(status, 503);
    let (status, cleared) = http.send(reqwest::Method::DELETE, "/_sandbox/faults", None).await;
    assert_eq!((status, cleared), (200, json!([])));
    assert_eq!(http.get("/_sandbox/counters").await["tokens_issued"]["access_token"], 1);

    // Bad control requests are typed answers, never a crash.
    let (status, bad) =
        http.send(reqwest::Method::POST, "/_sandbox/faults", Some(json!({"fault": "melt"}))).await;
    assert_eq!(status, 400, "{bad}");
    assert!(bad["error"].as_str().unwrap().contains("melt"), "{bad}");
    let (status, none) = http.send(reqwest::Method::POST, "/_sandbox/ticket", None).await;
    assert_eq!(status, 409, "no component URL configured: {none}");
    assert!(none["error"].as_str().unwrap().contains("--component-callback-url"), "{none}");

    // Reset: tokens, counters and log as at the start.
    http.post("/_sandbox/reset", json!({})).await;
    let counters = http.get("/_sandbox/counters").await;
    assert_eq!(counters["requests_total"], 0, "{counters}");
    let stale = http.get(&format!("/wxa/getwxasearchstatus?access_token={access_token}")).await;
    assert_eq!(stale["errcode"], 40001, "{stale}");
}

#[test]
fn a_bad_config_is_one_line_naming_it() {
    let file = temp_file("bad.toml", "encoding_aes_key = \"short\"\nunknown_key = 1\n");
    let output =
        Command::new(BINARY).args(["--config", file.to_str().unwrap(), "--print-config"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown_key"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    let output =
        Command::new(BINARY).args(["--encoding-aes-key", "short", "--print-config"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("encoding_aes_key must be 43 characters"));
}
