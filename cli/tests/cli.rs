//! The built `wx` binary against a loopback recorder and the sandbox: listing and describing match
//! the registry, the documented samples go out exactly, every exit code class, the UserSig and crypt
//! vectors, one-line errors, and no secret echoed.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET_TOKEN: &str = "STATIC_TOKEN_SECRET_9f8e7d";
const IM_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn wx(args: &[&str]) -> Output {
    wx_with_stdin(args, "")
}

fn wx_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wx"));
    for variable in [
        "WX_API_BASE",
        "TIM_API_BASE",
        "WX_ACCESS_TOKEN",
        "WX_APPID",
        "WX_SECRET",
        "WX_COMPONENT_APPID",
        "WX_COMPONENT_SECRET",
        "TIM_SDKAPPID",
        "TIM_IDENTIFIER",
        "TIM_SECRET_KEY",
        "REDIS_URL",
        "RUST_LOG",
    ] {
        command.env_remove(variable);
    }
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A one-line error, no panic, no backtrace, and the expected exit code.
fn assert_fails(output: &Output, code: i32) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("error: ") && !err.contains("panicked") && !err.contains("backtrace"), "{err}");
}

#[test]
fn endpoints_and_describe_match_the_registry() {
    let listed: Vec<Value> = serde_json::from_str(&stdout(&wx(&["endpoints", "--json"]))).unwrap();
    let registry: Vec<_> = wx_endpoints::registry::endpoints().collect();
    assert_eq!(listed.len(), registry.len());
    for info in registry {
        let entry = listed
            .iter()
            .find(|e| e["type"] == info.type_name)
            .unwrap_or_else(|| panic!("{} missing", info.type_name));
        assert_eq!(entry["path"], info.metadata.path);
        assert_eq!(entry["method"], info.metadata.method.as_str());
        assert_eq!(entry["perm_sets"], json!(info.metadata.perm_sets));
        assert_eq!(entry["credential"], info.metadata.credential.as_str());
    }
    let described: Value =
        serde_json::from_str(&stdout(&wx(&["describe", "modify_official_account_base_info", "--json"])))
            .unwrap();
    let names: Vec<&str> =
        described["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Official_Account",
            "Name",
            "Introduction",
            "FaceUrl",
            "Organization",
            "CustomString",
            "MaxSubscriberNum"
        ]
    );
    assert_eq!(described["fields"][1]["rules"], json!(["max_bytes = 150"]));
    // Documented per-command rates: the family's 200 a second, lower where the page says so.
    let rate = |path: &str| listed.iter().find(|e| e["path"] == path).unwrap()["calls_per_second"].clone();
    assert_eq!(rate("/v4/openim/sendmsg"), json!(200));
    assert_eq!(rate("/v4/im_open_login_svc/account_check"), json!(100));
    assert_eq!(rate("/cgi-bin/component/api_component_token"), Value::Null);
    assert_eq!(described["fields"][0]["required"], true);
    // The common IM table, then the family's nine rows.
    let codes: Vec<i64> =
        described["errors"].as_array().unwrap().iter().map(|e| e["code"].as_i64().unwrap()).collect();
    assert_eq!(&codes[..2], [60002, 60003]);
    assert!(codes.contains(&130008) && codes.contains(&70001) && codes.contains(&60007), "{codes:?}");
    let text = stdout(&wx(&["describe", "setSignature"]));
    assert!(
        text.contains("chars = 4..=120") && text.contains("53204") && text.contains("InvalidSignature"),
        "{text}"
    );
}

async fn recorder(answer: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_json(answer)).mount(&server).await;
    server
}

#[tokio::test(flavor = "multi_thread")]
async fn the_documented_samples_go_out_exactly() {
    let samples = [
        (
            "setSignature",
            "/cgi-bin/account/modifysignature",
            json!({"signature": " Provide a fun service. "}),
        ),
        ("modifywxastore", "/wxa/modify_merchant", json!({"headimg_mediaid": "", "intro": "修改的内容"})),
        (
            "modifyCategory",
            "/cgi-bin/wxopen/modifycategory",
            json!({"first": 8, "second": 39, "certicates": [{"key": "business permit", "value": ""}]}),
        ),
        ("setSearchStatus", "/wxa/changewxasearchstatus", json!({"status": 0})),
    ];
    for (name, path, sample) in samples {
        let server = recorder(json!({"errcode": 0, "errmsg": "ok"})).await;
        let body = sample.to_string();
        let output = wx(&[
            "call",
            name,
            "--json",
            &body,
            "--authorizer",
            "wxmerchant",
            "--access-token",
            SECRET_TOKEN,
            "--wechat-base",
            &server.uri(),
        ]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests[0].url.path(), path);
        assert_eq!(serde_json::from_slice::<Value>(&requests[0].body).unwrap(), sample, "{name}");
        assert_eq!(
            serde_json::from_str::<Value>(&stdout(&output)).unwrap()["errcode"],
            0,
            "stdout is the JSON answer"
        );
    }
    let server = recorder(json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""})).await;
    let sample = json!({"Official_Account": "@TOA#_@TOA#dOEF", "CustomString": "modify_custom_string", "FaceUrl": "http://this.is.face.url",
        "Introduction": "This is modify test Introduction", "Name": "test_modify_official_account", "Organization": "modify_organization", "MaxSubscriberNum": 1000});
    let body = sample.to_string();
    let output = wx(&[
        "call",
        "modify_official_account_base_info",
        "--json",
        &body,
        "--im-base",
        &server.uri(),
        "--tim-sdkappid",
        "1400000000",
        "--tim-identifier",
        "administrator",
        "--tim-secret-key",
        IM_KEY,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.url.path(), "/v4/official_account_open_http_svc/modify_official_account_base_info");
    assert_eq!(serde_json::from_slice::<Value>(&request.body).unwrap(), sample);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_exit_code_class() {
    let server = recorder(json!({"errcode": 85083, "errmsg": "search status is banned"})).await;
    let base = server.uri();
    let call = |json: &str, base: &str| {
        wx(&[
            "call",
            "setSearchStatus",
            "--json",
            json,
            "--authorizer",
            "wxm",
            "--access-token",
            SECRET_TOKEN,
            "--wechat-base",
            base,
        ])
    };
    let api = call(r#"{"status": 1}"#, &base);
    assert_fails(&api, 4);
    assert!(stderr(&api).contains("SearchStatusBanned (code 85083"), "{}", stderr(&api));

    assert_fails(
        &wx(&["call", "setSignature", "--json", r#"{"signature": "ab"}"#, "--access-token", SECRET_TOKEN]),
        3,
    );
    assert_fails(&call(r#"{"status": 7}"#, &base), 3);
    assert_fails(&call(r#"{"status": 1"#, &base), 2);
    assert_fails(&wx(&["call", "noSuchEndpoint"]), 2);
    assert_fails(&wx(&["call", "setSearchStatus", "--no-such-flag"]), 2);
    assert_fails(
        &wx(&[
            "usersig",
            "gen",
            "--sdkappid",
            "not-a-number",
            "--key",
            "k",
            "--identifier",
            "i",
            "--expire",
            "1",
        ]),
        2,
    );

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let transport = call(r#"{"status": 1}"#, &format!("http://127.0.0.1:{closed}"));
    assert_fails(&transport, 5);
    let credential = wx(&["call", "setSearchStatus", "--json", r#"{"status": 1}"#, "--wechat-base", &base]);
    assert_fails(&credential, 6);

    // Secrets given as flags appear nowhere.
    for output in [&api, &transport, &credential] {
        assert!(!stderr(output).contains(SECRET_TOKEN) && !stdout(output).contains(SECRET_TOKEN));
    }
    assert_eq!(wx(&["endpoints"]).status.code(), Some(0));
}

#[test]
fn usersig_commands_reproduce_the_published_vector() {
    let generated = wx(&[
        "usersig",
        "gen",
        "--sdkappid",
        "1400000000",
        "--key",
        IM_KEY,
        "--identifier",
        "0",
        "--expire",
        "15552000",
        "--time",
        "1569910200",
    ]);
    assert!(generated.status.success());
    let sig = stdout(&generated).trim().to_owned();
    let document: Value =
        serde_json::from_str(&wx_endpoints::im::usersig::decode_document(&sig).unwrap()).unwrap();
    assert_eq!(document["TLS.sig"], "CpjuBdQs9ZwnuGAJR8onoOeI9fweX2vIMMY94iOJWJY=");
    let published = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwjDB4pTsxIKCzBQlK0MTAyiAyKRWFGQWpQLFTU1NjeCiJZm5YDEzS0tDAyOYaHFmOtBM54KsUqeUwGLLqPK8UndHryCL-Lx8-1RPy7Ty1AijMk9f30hLk0x-r3CvSFulWgAPYy*9";
    let ok = wx(&[
        "usersig",
        "verify",
        "--sdkappid",
        "1400000000",
        "--key",
        IM_KEY,
        "--identifier",
        "0",
        "--usersig",
        published,
        "--now",
        "1569910201",
    ]);
    assert_eq!((ok.status.code(), stdout(&ok).trim()), (Some(0), "ok"));
    let wrong = wx(&[
        "usersig",
        "verify",
        "--sdkappid",
        "1400000000",
        "--key",
        IM_KEY,
        "--identifier",
        "1",
        "--usersig",
        published,
        "--now",
        "1569910201",
    ]);
    assert_fails(&wrong, 7);
    assert!(
        stderr(&wrong).contains("another identifier") && !stderr(&wrong).contains(IM_KEY),
        "{}",
        stderr(&wrong)
    );
    let expired = wx(&[
        "usersig",
        "verify",
        "--sdkappid",
        "1400000000",
        "--key",
        IM_KEY,
        "--identifier",
        "0",
        "--usersig",
        published,
        "--now",
        "1585462201",
    ]);
    assert_fails(&expired, 7);
}

#[test]
fn crypt_commands_reproduce_the_official_sample() {
    let common = [
        "--aes-key",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
        "--token",
        "pamtest",
        "--appid",
        "wxb11529c136998cb6",
    ];
    let encrypt = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";
    let mut args = vec!["crypt", "decrypt"];
    args.extend(common);
    args.extend([
        "--timestamp",
        "1409304348",
        "--nonce",
        "xxxxxx",
        "--msg-signature",
        "82c962d39941aa48552f90ef55aa323dc620cc10",
    ]);
    let body =
        format!("<xml><ToUserName><![CDATA[wx]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let decrypted = wx_with_stdin(&args, &body);
    assert_eq!(
        (decrypted.status.code(), stdout(&decrypted).trim()),
        (Some(0), "我是中文abcd123"),
        "{}",
        stderr(&decrypted)
    );
    let bare = wx_with_stdin(&args, encrypt);
    assert_eq!(stdout(&bare).trim(), "我是中文abcd123");
    let mut forged = args.clone();
    let last = forged.len() - 1;
    forged[last] = "0000000000000000000000000000000000000000";
    assert_fails(&wx_with_stdin(&forged, encrypt), 7);

    let mut args = vec!["crypt", "encrypt"];
    args.extend(common);
    args.extend(["--timestamp", "1409304348", "--nonce", "xxxxxx", "--random", "aaaabbbbccccdddd"]);
    let reply = stdout(&wx_with_stdin(&args, "我是中文abcd123\n"));
    assert!(reply.contains(encrypt), "{reply}");
    assert!(reply.contains("82c962d39941aa48552f90ef55aa323dc620cc10"), "{reply}");
}

#[test]
fn calls_run_against_an_in_process_sandbox() {
    let output =
        wx(&["call", "setSignature", "--sandbox", "--quiet", "--json", r#"{"signature": "a fun service"}"#]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&output)).unwrap()["errcode"], 0);
    let image = wx(&["call", "getTrialQRCode", "--sandbox", "--quiet"]);
    let answer: Value = serde_json::from_str(&stdout(&image)).unwrap();
    assert_eq!(answer["content_type"], "image/png");
    let im = wx(&[
        "call",
        "create_official_account",
        "--sandbox",
        "--json",
        r#"{"Owner_Account": "o", "Name": "n"}"#,
    ]);
    assert!(serde_json::from_str::<Value>(&stdout(&im)).unwrap()["OfficialAccountUserID"]
        .as_str()
        .unwrap()
        .starts_with("@TOA#_"));
}

#[tokio::test(flavor = "multi_thread")]
async fn strict_calls_name_the_fields_the_types_do_not_know() {
    let call = |base: &str, strict: bool| {
        let mut args =
            vec!["call", "getSearchStatus", "--authorizer", "wxmerchant", "--access-token", SECRET_TOKEN];
        args.extend(["--wechat-base", base]);
        if strict {
            args.push("--strict");
        }
        wx(&args)
    };
    let known = recorder(json!({"errcode": 0, "errmsg": "ok", "status": 1})).await;
    let output = call(&known.uri(), true);
    assert!(output.status.success(), "{}", stderr(&output));

    let grown = recorder(json!({"errcode": 0, "errmsg": "ok", "status": 1, "reason": {"since": 2027}})).await;
    let output = call(&grown.uri(), false);
    assert!(output.status.success(), "without --strict new fields pass: {}", stderr(&output));
    let output = call(&grown.uri(), true);
    assert_fails(&output, 8);
    assert!(stderr(&output).contains("reason"), "{}", stderr(&output));
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&output)).unwrap()["status"],
        1,
        "the answer is still printed"
    );

    let wrong = recorder(json!({"errcode": 0, "errmsg": "ok", "status": "banned"})).await;
    assert_fails(&call(&wrong.uri(), true), 5);
}

#[test]
fn a_missing_argument_is_named() {
    let output = wx(&["usersig", "gen", "--sdkappid", "1400000000"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    for named in ["--key", "--identifier", "--expire"] {
        assert!(message.contains(named), "{message}");
    }
}

#[test]
fn verbose_calls_log_their_span_and_no_secret() {
    let output = wx(&[
        "-v",
        "call",
        "setSignature",
        "--sandbox",
        "--quiet",
        "--json",
        r#"{"signature": "a fun service"}"#,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(log.contains("wx.call") && log.contains("endpoint=\"setSignature\""), "{log}");
    for secret in ["sandbox-component-secret", "COMPONENT_", "AUTHORIZER_", "ticket@@@", "refresh@@@"] {
        assert!(!log.contains(secret), "{secret} in {log}");
    }
    let quiet =
        wx(&["call", "setSignature", "--sandbox", "--quiet", "--json", r#"{"signature": "a fun service"}"#]);
    assert!(!stderr(&quiet).contains("wx.call"), "no log unless asked");
}

#[test]
fn the_sandbox_subcommand_takes_the_sandbox_flags() {
    let output = wx(&[
        "sandbox",
        "--print-config",
        "--json",
        "--seed",
        "3",
        "--merchant",
        "wxflagmerchant001:17,18",
        "--im-account",
        "alice",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let config: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(config["seed"], 3);
    assert_eq!(config["merchants"], json!([{"appid": "wxflagmerchant001", "granted": [17, 18]}]));
    assert_eq!(config["im_accounts"], json!(["alice"]));
    assert!(config["encoding_aes_key"].as_str().is_some_and(|key| key.len() == 43));
    let bad = wx(&["sandbox", "--merchant", "wxm:notaset", "--print-config"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("notaset"), "{}", stderr(&bad));
}
