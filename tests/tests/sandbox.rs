//! The sandbox driven with raw HTTP, no SDK: every behaviour it promises.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wx_endpoints::callback::MsgCrypt;
use wx_endpoints::im::usersig::{self, UserSigParams};
use wx_endpoints::Secret;
use wx_sandbox::{Fault, Sandbox};

struct Raw {
    sandbox: Sandbox,
    http: reqwest::Client,
}

impl Raw {
    async fn start() -> Raw {
        Raw { sandbox: Sandbox::start().await.unwrap(), http: reqwest::Client::new() }
    }

    fn url(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.sandbox.base_url())
    }

    async fn get(&self, path_and_query: &str) -> Value {
        self.http.get(self.url(path_and_query)).send().await.unwrap().json().await.unwrap()
    }

    async fn post(&self, path_and_query: &str, body: Value) -> Value {
        self.http.post(self.url(path_and_query)).json(&body).send().await.unwrap().json().await.unwrap()
    }

    async fn post_raw(&self, path_and_query: &str, body: &'static str) -> reqwest::Response {
        self.http.post(self.url(path_and_query)).body(body).send().await.unwrap()
    }

    fn app(&self) -> (String, String) {
        let c = self.sandbox.credentials();
        (c.app_appid.clone(), c.app_secret.clone())
    }

    async fn classic_token(&self) -> String {
        let (appid, secret) = self.app();
        let answer = self
            .get(&format!("/cgi-bin/token?grant_type=client_credential&appid={appid}&secret={secret}"))
            .await;
        answer["access_token"].as_str().unwrap_or_else(|| panic!("{answer}")).to_owned()
    }

    /// A verify ticket pushed to a throwaway callback, then a component token from it.
    async fn component_token(&self) -> String {
        let callback = Callback::start(self.sandbox.credentials()).await;
        assert!(self.sandbox.control().push_ticket(&callback.url).await.succeeded());
        let ticket = callback.field("ComponentVerifyTicket");
        let c = self.sandbox.credentials();
        let answer = self
            .post(
                "/cgi-bin/component/api_component_token",
                json!({"component_appid": c.component_appid, "component_appsecret": c.component_secret, "component_verify_ticket": ticket}),
            )
            .await;
        answer["component_access_token"].as_str().unwrap_or_else(|| panic!("{answer}")).to_owned()
    }

    /// An authorizer token of `merchant`, through an `authorized` push and api_query_auth.
    async fn authorizer_token(&self, merchant: &str) -> (String, Value) {
        let component = self.component_token().await;
        let callback = Callback::start(self.sandbox.credentials()).await;
        self.sandbox.control().push_authorized(&callback.url, merchant).await.unwrap();
        let code = callback.field("AuthorizationCode");
        let c = self.sandbox.credentials();
        let info = self
            .post(
                &format!("/cgi-bin/component/api_query_auth?component_access_token={component}"),
                json!({"component_appid": c.component_appid, "authorization_code": code}),
            )
            .await;
        let token = info["authorization_info"]["authorizer_access_token"].as_str().unwrap().to_owned();
        (token, info)
    }
}

/// A loopback callback URL that decrypts what it receives.
struct Callback {
    url: String,
    received: Arc<Mutex<Vec<String>>>,
}

impl Callback {
    async fn start(credentials: &wx_sandbox::Credentials) -> Callback {
        let crypt = MsgCrypt::new(
            credentials.callback_token.as_str(),
            &credentials.encoding_aes_key,
            credentials.component_appid.clone(),
        )
        .unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        let app = axum::Router::new().route(
            "/cb",
            axum::routing::post(
                move |axum::extract::RawQuery(query): axum::extract::RawQuery, body: String| {
                    let crypt = crypt.clone();
                    let store = store.clone();
                    async move {
                        let query: std::collections::HashMap<String, String> =
                            url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
                                .into_owned()
                                .collect();
                        let encrypt = body
                            .split("<Encrypt><![CDATA[")
                            .nth(1)
                            .unwrap()
                            .split("]]>")
                            .next()
                            .unwrap()
                            .to_owned();
                        crypt
                            .verify(&query["msg_signature"], &query["timestamp"], &query["nonce"], &encrypt)
                            .unwrap();
                        store.lock().unwrap().push(crypt.decrypt(&encrypt).unwrap());
                        "success"
                    }
                },
            ),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/cb", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Callback { url, received }
    }

    fn field(&self, name: &str) -> String {
        let received = self.received.lock().unwrap();
        let xml = received.last().expect("a push arrived");
        xml.split(&format!("<{name}>"))
            .nth(1)
            .unwrap()
            .split(&format!("</{name}>"))
            .next()
            .unwrap()
            .to_owned()
    }
}

#[tokio::test]
async fn classic_tokens_replace_each_other_after_a_grace_period() {
    let raw = Raw::start().await;
    let first = raw.classic_token().await;
    let second = raw.classic_token().await;
    assert_ne!(first, second);
    let with = |token: &str| format!("/cgi-bin/wxopen/getallcategories?access_token={token}");
    // Within the grace period the old token still works (on the app's own account).
    assert_eq!(raw.get(&with(&first)).await["errcode"], 0);
    raw.sandbox.control().advance(Duration::from_secs(301));
    assert_eq!(raw.get(&with(&first)).await["errcode"], 40001);
    assert_eq!(raw.get(&with(&second)).await["errcode"], 0);
    raw.sandbox.control().advance(Duration::from_secs(7200));
    assert_eq!(raw.get(&with(&second)).await["errcode"], 42001);
    assert_eq!(raw.get(&with("unknown")).await["errcode"], 40001);
}

#[tokio::test]
async fn stable_tokens_are_shared_until_forced() {
    let raw = Raw::start().await;
    let (appid, secret) = raw.app();
    let body = |force: bool| json!({"grant_type": "client_credential", "appid": appid, "secret": secret, "force_refresh": force});
    let a = raw.post("/cgi-bin/stable_token", body(false)).await;
    let b = raw.post("/cgi-bin/stable_token", body(false)).await;
    assert_eq!(a["access_token"], b["access_token"], "normal mode hands out the current token");
    let c = raw.post("/cgi-bin/stable_token", body(true)).await;
    assert_ne!(c["access_token"], a["access_token"]);
    let old = a["access_token"].as_str().unwrap();
    assert_eq!(
        raw.get(&format!("/cgi-bin/wxopen/getallcategories?access_token={old}")).await["errcode"],
        40001,
        "forced refresh invalidates"
    );
    let wrong = raw
        .post(
            "/cgi-bin/stable_token",
            json!({"grant_type": "client_credential", "appid": appid, "secret": "nope"}),
        )
        .await;
    assert_eq!(wrong["errcode"], 40125);
}

#[tokio::test]
async fn the_component_chain_pushes_and_grants() {
    let raw = Raw::start().await;
    let merchant = raw.sandbox.credentials().merchants[0].clone();
    let (token, info) = raw.authorizer_token(&merchant.appid).await;
    let ids: Vec<u64> = info["authorization_info"]["func_info"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["funcscope_category"]["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, merchant.granted.iter().map(|&g| g as u64).collect::<Vec<_>>());
    assert_eq!(raw.post(&format!("/wxa/release?access_token={token}"), json!({})).await["errcode"], 0);
    // A wrong ticket, an invalid refresh token, the wrong credential kinds.
    let c = raw.sandbox.credentials();
    let bad_ticket = raw
        .post("/cgi-bin/component/api_component_token", json!({"component_appid": c.component_appid, "component_appsecret": c.component_secret, "component_verify_ticket": "forged"}))
        .await;
    assert_eq!(bad_ticket["errcode"], 61006);
    let component = raw.component_token().await;
    let refresh = raw
        .post(
            &format!("/cgi-bin/component/api_authorizer_token?component_access_token={component}"),
            json!({"component_appid": c.component_appid, "authorizer_appid": merchant.appid, "authorizer_refresh_token": "revoked"}),
        )
        .await;
    assert_eq!(refresh["errcode"], 61023);
    let with_authorizer_token = raw
        .post(
            &format!("/cgi-bin/component/api_create_preauthcode?component_access_token={token}"),
            json!({"component_appid": c.component_appid}),
        )
        .await;
    assert_eq!(with_authorizer_token["errcode"], 61014);
    let app_token = raw.classic_token().await;
    assert_eq!(
        raw.post(&format!("/wxa/release?access_token={app_token}"), json!({})).await["errcode"],
        86000
    );
}

#[tokio::test]
async fn permission_sets_and_seeded_behaviour() {
    let raw = Raw::start().await;
    let limited = raw.sandbox.credentials().merchants[1].appid.clone();
    let (token, _) = raw.authorizer_token(&limited).await;
    // setSignature needs 3, 30 or 61; this merchant granted 17 and 18.
    let signature = raw
        .post(
            &format!("/cgi-bin/account/modifysignature?access_token={token}"),
            json!({"signature": "a fun service"}),
        )
        .await;
    assert_eq!(signature["errcode"], 61007);

    let full = raw.sandbox.credentials().merchants[0].appid.clone();
    let (token, _) = raw.authorizer_token(&full).await;
    let sign = |text: &str| json!({ "signature": text });
    let url = format!("/cgi-bin/account/modifysignature?access_token={token}");
    assert_eq!(raw.post(&url, sign("abc")).await["errcode"], 53204);
    assert_eq!(raw.post(&url, sign(&"x".repeat(121))).await["errcode"], 53204);
    assert_eq!(raw.post(&url, sign("this is blacklisted text")).await["errcode"], 53201);
    for _ in 0..5 {
        assert_eq!(raw.post(&url, sign("a fun service")).await["errcode"], 0);
    }
    assert_eq!(raw.post(&url, sign("a fun service")).await["errcode"], 53200, "monthly quota");
    assert_eq!(raw.post_raw(&url, "").await.json::<Value>().await.unwrap()["errcode"], 44002);
    assert_eq!(raw.post_raw(&url, "[1]").await.json::<Value>().await.unwrap()["errcode"], 47001);

    let search = format!("/wxa/changewxasearchstatus?access_token={token}");
    assert_eq!(raw.post(&search, json!({"status": 2})).await["errcode"], 85084);
    raw.sandbox.control().ban_search(&full, true);
    assert_eq!(raw.post(&search, json!({"status": 1})).await["errcode"], 85083);

    let category = format!("/cgi-bin/wxopen/modifycategory?access_token={token}");
    let certicates = json!([{"key": "permit", "value": "MEDIA"}]);
    assert_eq!(
        raw.post(&category, json!({"first": 8, "second": 39, "certicates": certicates})).await["errcode"],
        0
    );
    assert_eq!(
        raw.post(&category, json!({"first": 1, "second": 2, "certicates": certicates})).await["errcode"],
        53307,
        "approved"
    );
    assert_eq!(
        raw.post(&category, json!({"first": 9, "second": 9, "certicates": certicates})).await["errcode"],
        53303,
        "missing"
    );
    assert_eq!(
        raw.post(&category, json!({"first": 8, "second": 39, "certificates": certicates})).await["errcode"],
        53303,
        "spelling"
    );

    let store = format!("/wxa/modify_merchant?access_token={token}");
    assert_eq!(raw.post(&store, json!({"headimg_mediaid": "", "intro": null})).await["errcode"], 0);
    assert_eq!(raw.post(&store, json!({"intro": "x"})).await["errcode"], 47001);
    assert_eq!(raw.get(&format!("/wxa/modify_merchant?access_token={token}")).await["errcode"], 43002);

    let qr = raw.http.get(raw.url(&format!("/wxa/get_qrcode?access_token={token}"))).send().await.unwrap();
    assert_eq!(qr.headers()["content-type"], "image/png");
}

#[tokio::test]
async fn quotas() {
    let raw = Raw::start().await;
    raw.sandbox.control().set_daily_token_quota(2).unwrap();
    raw.classic_token().await;
    raw.classic_token().await;
    let (appid, secret) = raw.app();
    let third =
        raw.get(&format!("/cgi-bin/token?grant_type=client_credential&appid={appid}&secret={secret}")).await;
    assert_eq!(third["errcode"], 45009);

    let raw = Raw::start().await;
    let token = raw.classic_token().await;
    raw.sandbox.control().set_per_minute_limit(3).unwrap();
    let url = format!("/cgi-bin/wxopen/getallcategories?access_token={token}");
    for _ in 0..3 {
        assert_eq!(raw.get(&url).await["errcode"], 0);
    }
    assert_eq!(raw.get(&url).await["errcode"], 45011);
}

fn im_query(credentials: &wx_sandbox::Credentials, identifier: &str, time: u64, key: &str) -> String {
    let sig = usersig::generate(&UserSigParams {
        sdkappid: credentials.im_sdkappid,
        key: &Secret::from(key),
        identifier,
        expire: 86400,
        time,
        userbuf: None,
    });
    format!(
        "sdkappid={}&identifier={identifier}&usersig={}&random={}&contenttype=json",
        credentials.im_sdkappid,
        sig.expose(),
        fastrand::u32(..)
    )
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

#[tokio::test]
async fn im_keeps_official_accounts_and_checks_the_request_line() {
    let raw = Raw::start().await;
    let c = raw.sandbox.credentials().clone();
    let query = im_query(&c, &c.im_admin, now(), &c.im_key);
    let cmd = |name: &str| format!("/v4/official_account_open_http_svc/{name}?{query}");
    let created = raw
        .post(
            &cmd("create_official_account"),
            json!({"Owner_Account": "o", "Name": "n", "OfficialAccountUserID": "@TOA#_news"}),
        )
        .await;
    assert_eq!(created["OfficialAccountUserID"], "@TOA#_news");
    let taken = raw
        .post(
            &cmd("create_official_account"),
            json!({"Owner_Account": "o", "Name": "n", "OfficialAccountUserID": "@TOA#_news"}),
        )
        .await;
    assert_eq!(taken["ErrorCode"], 130008);
    assert_eq!(
        raw.post(
            &cmd("modify_official_account_base_info"),
            json!({"Official_Account": "@TOA#_news", "Name": "m"})
        )
        .await["ErrorCode"],
        0
    );
    assert_eq!(
        raw.post(&cmd("modify_official_account_base_info"), json!({"Official_Account": "@TOA#_none"})).await
            ["ErrorCode"],
        130004
    );
    assert_eq!(
        raw.post(&cmd("destroy_official_account"), json!({"Official_Account": "@TOA#_news"})).await
            ["ErrorCode"],
        0
    );
    assert!(!raw.sandbox.control().official_account_exists("@TOA#_news"));
    assert_eq!(
        raw.post(&cmd("destroy_official_account"), json!({"Official_Account": "@TOA#_news"})).await
            ["ErrorCode"],
        130004
    );

    let code_for = |query: String| {
        let raw = &raw;
        async move {
            raw.post(
                &format!("/v4/official_account_open_http_svc/destroy_official_account?{query}"),
                json!({"Official_Account": "@TOA#_x"}),
            )
            .await["ErrorCode"]
                .clone()
        }
    };
    assert_eq!(code_for(im_query(&c, &c.im_admin, now() - 100_000, &c.im_key)).await, 70001, "expired");
    assert_eq!(code_for(im_query(&c, &c.im_admin, now(), "another-key")).await, 70009, "bad MAC");
    let other_identifier = im_query(&c, "someone", now(), &c.im_key)
        .replace("identifier=someone", &format!("identifier={}", c.im_admin));
    assert_eq!(code_for(other_identifier).await, 70013, "identifier mismatch");
    let other_app = query.replace(&format!("sdkappid={}", c.im_sdkappid), "sdkappid=1400000001");
    assert_eq!(code_for(other_app).await, 70014, "sdkappid mismatch");
    let no_random = query.split('&').filter(|p| !p.starts_with("random=")).collect::<Vec<_>>().join("&");
    assert_eq!(code_for(no_random).await, 60002);
    let no_contenttype = query.replace("contenttype=json", "contenttype=xml");
    assert_eq!(code_for(no_contenttype).await, 60002);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn im_refuses_more_than_200_calls_a_second() {
    let raw = Arc::new(Raw::start().await);
    let c = raw.sandbox.credentials().clone();
    let query = im_query(&c, &c.im_admin, now(), &c.im_key);
    let url = format!("/v4/official_account_open_http_svc/get_subscribed_official_account_list?{query}");
    let calls: Vec<_> = (0..260)
        .map(|_| {
            let (raw, url) = (raw.clone(), url.clone());
            tokio::spawn(async move {
                raw.post(&url, json!({"Subscriber_Account": "u"})).await["ErrorCode"].as_i64().unwrap()
            })
        })
        .collect();
    let mut limited = 0;
    for call in calls {
        if call.await.unwrap() == 60007 {
            limited += 1;
        }
    }
    assert!(limited >= 60, "{limited} calls refused");
}

#[tokio::test]
async fn faults_are_injected_per_path_or_globally() {
    let raw = Raw::start().await;
    let token = raw.classic_token().await;
    let path = "/cgi-bin/wxopen/getallcategories";
    let url = format!("{path}?access_token={token}");
    let control = raw.sandbox.control();

    control.inject(Some(path), Fault::Errcode(-1), Some(2));
    assert_eq!(raw.get(&url).await["errcode"], -1);
    assert_eq!(raw.get(&url).await["errcode"], -1);
    assert_eq!(raw.get(&url).await["errcode"], 0, "the burst ended");

    control.inject(Some(path), Fault::HttpStatus(502), Some(1));
    let response = raw.http.get(raw.url(&url)).send().await.unwrap();
    assert_eq!(response.status(), 502);
    assert!(response.text().await.unwrap().contains("<html>"));

    control.inject(None, Fault::Garbage, Some(1));
    assert!(raw.http.get(raw.url(&url)).send().await.unwrap().json::<Value>().await.is_err());
    control.inject(None, Fault::Truncated, Some(1));
    assert_eq!(
        raw.http.get(raw.url(&url)).send().await.unwrap().text().await.unwrap(),
        r#"{"errcode":0,"errm"#
    );
    control.inject(None, Fault::Reset, Some(1));
    let broken = raw.http.get(raw.url(&url)).send().await;
    assert!(broken.is_err() || broken.unwrap().bytes().await.is_err(), "the connection broke");

    control.inject(Some(path), Fault::Latency(Duration::from_millis(300)), Some(1));
    let started = Instant::now();
    assert_eq!(raw.get(&url).await["errcode"], 0);
    assert!(started.elapsed() >= Duration::from_millis(300));
    // Other paths are untouched by a per-path fault; a global one reaches them.
    control.inject(Some(path), Fault::Errcode(-1), None);
    assert_eq!(raw.get(&format!("/cgi-bin/wxopen/getcategory?access_token={token}")).await["errcode"], 0);
    control.clear_faults();
    assert_eq!(raw.get(&url).await["errcode"], 0);
    assert_eq!(control.hits(path), 9, "every request is recorded, faulted or not");
}

#[tokio::test]
async fn authorizer_info_and_options_come_from_the_sandbox_state() {
    use wx_endpoints::wechat::authorization::{
        AuthorizerOptionName, GetAuthorizerInfo, GetAuthorizerOptionInfo, SetAuthorizerOptionInfo,
        SetAuthorizerOptionInfoError,
    };
    let raw = Raw::start().await;
    let component = raw.component_token().await;
    let c = raw.sandbox.credentials().clone();
    let merchant = c.merchants[0].clone();
    let client = wx_endpoints::Client::builder()
        .wechat_base_url(raw.sandbox.base_url())
        .retry(wx_endpoints::RetryPolicy::none())
        .credentials(wx_endpoints::StaticCredentials::new().component_token(component))
        .build()
        .unwrap();

    let info = GetAuthorizerInfo {
        component_appid: c.component_appid.clone(),
        authorizer_appid: merchant.appid.clone(),
    }
    .call(&client)
    .await
    .unwrap();
    let granted: Vec<u16> =
        info.authorization_info.func_info.iter().map(|f| f.funcscope_category.id as u16).collect();
    assert_eq!(granted, merchant.granted, "the granted sets, typed");
    let stranger = GetAuthorizerInfo {
        component_appid: c.component_appid.clone(),
        authorizer_appid: "wxstranger".into(),
    };
    assert_eq!(stranger.call(&client).await.unwrap_err().code(), Some(61003));

    let option = |name| GetAuthorizerOptionInfo {
        component_appid: c.component_appid.clone(),
        authorizer_appid: merchant.appid.clone(),
        option_name: name,
    };
    let set = |value: &str| SetAuthorizerOptionInfo {
        component_appid: c.component_appid.clone(),
        authorizer_appid: merchant.appid.clone(),
        option_name: AuthorizerOptionName::LocationReport,
        option_value: value.into(),
    };
    assert_eq!(option(AuthorizerOptionName::LocationReport).call(&client).await.unwrap().option_value, "0");
    set("2").call(&client).await.unwrap();
    assert_eq!(option(AuthorizerOptionName::LocationReport).call(&client).await.unwrap().option_value, "2");
    assert_eq!(option(AuthorizerOptionName::VoiceRecognize).call(&client).await.unwrap().option_value, "0");
    let refused = set("7").call(&client).await.unwrap_err();
    assert_eq!(
        refused.kind(),
        Some(SetAuthorizerOptionInfoError::Unknown(40097)),
        "a value the page does not list"
    );
}

#[tokio::test]
async fn mini_program_logins_exchange_the_codes_the_sandbox_issued_once() {
    let raw = Raw::start().await;
    let control = raw.sandbox.control();
    let c = raw.sandbox.credentials().clone();
    let merchant = c.merchants[0].appid.clone();
    let component = raw.component_token().await;
    let exchange = |appid: &str, code: &str| {
        format!(
            "/sns/component/jscode2session?appid={appid}&js_code={code}&grant_type=authorization_code&component_appid={}&component_access_token={component}",
            c.component_appid
        )
    };

    let code = control.login(&merchant, "alice");
    let session = raw.get(&exchange(&merchant, &code)).await;
    assert_eq!(session["errcode"], 0, "{session}");
    assert_eq!(session["openid"], control.openid(&merchant, "alice"));
    let session_key = Secret::from(session["session_key"].as_str().unwrap());
    assert_eq!(raw.get(&exchange(&merchant, &code)).await["errcode"], 40163, "a code is used once");
    assert_eq!(raw.get(&exchange(&merchant, "forged")).await["errcode"], 40029);
    let other = control.login(&c.merchants[1].appid, "alice");
    assert_eq!(raw.get(&exchange(&merchant, &other)).await["errcode"], 40029, "another app's code");
    let late = control.login(&merchant, "bob");
    control.advance(Duration::from_secs(301));
    assert_eq!(raw.get(&exchange(&merchant, &late)).await["errcode"], 40029, "expired after 5 minutes");
    assert_eq!(
        raw.get(&exchange("wxnotauthorized", &control.login("wxnotauthorized", "alice"))).await["errcode"],
        61003
    );

    // The merchant's session proof, with its authorizer token.
    let (token, _) = raw.authorizer_token(&merchant).await;
    let openid = control.openid(&merchant, "alice");
    let check = |signature: String| {
        format!("/wxa/checksession?access_token={token}&openid={openid}&signature={signature}&sig_method=hmac_sha256")
    };
    let signature = wx_endpoints::hmac_sha256_hex(&session_key, b"");
    assert_eq!(raw.get(&check(signature)).await["errcode"], 0);
    let wrong = wx_endpoints::hmac_sha256_hex(&Secret::from("another key"), b"");
    assert_eq!(raw.get(&check(wrong)).await["errcode"], 87009);

    // The app's own login, with its secret.
    let (appid, secret) = raw.app();
    let code = control.login(&appid, "carol");
    let own = format!(
        "/sns/jscode2session?appid={appid}&secret={secret}&js_code={code}&grant_type=authorization_code"
    );
    let session = raw.get(&own).await;
    assert_eq!(
        (session["errcode"].as_i64(), session["unionid"].as_str()),
        (Some(0), Some("u_carol")),
        "{session}"
    );
    let wrong_secret =
        format!("/sns/jscode2session?appid={appid}&secret=nope&js_code={code}&grant_type=authorization_code");
    assert_eq!(raw.get(&wrong_secret).await["errcode"], 40125);
}

#[tokio::test]
async fn a_usersig_with_a_userbuf_is_accepted_as_the_im_server_accepts_it() {
    let raw = Raw::start().await;
    let c = raw.sandbox.credentials().clone();
    let sig = usersig::generate(&UserSigParams {
        sdkappid: c.im_sdkappid,
        key: &Secret::from(c.im_key.as_str()),
        identifier: &c.im_admin,
        expire: 86400,
        time: now(),
        userbuf: Some(b"room 42"),
    });
    let query = format!(
        "sdkappid={}&identifier={}&usersig={}&random=7&contenttype=json",
        c.im_sdkappid,
        c.im_admin,
        sig.expose()
    );
    let url = format!("/v4/official_account_open_http_svc/create_official_account?{query}");
    let created = raw.post(&url, json!({"Owner_Account": "o", "Name": "n"})).await;
    assert_eq!(created["ErrorCode"], 0, "{created}");
    let forged = query.replace(&sig.expose()[..8], "AAAAAAAA");
    let refused = raw
        .post(&format!("/v4/official_account_open_http_svc/create_official_account?{forged}"), json!({}))
        .await;
    assert_ne!(refused["ErrorCode"], 0, "a damaged UserSig is still refused: {refused}");
}
