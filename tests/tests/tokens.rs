//! Managed tokens against a loopback fake of WeChat's token endpoints that counts requests:
//! single-flight refresh, refresh on a stale token (once, never looped), typed token errors, the
//! component → authorizer chain, onboarding, and the permission pre-check.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::token::{ManualClock, StoreKey, StoreKind, StoredValue};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSignature};
use wx_endpoints::{
    AppTokenMode, Client, ClientBuilder, CredentialRequest, CredentialSource, Error, ErrorClass, MemoryStore,
    Secret, TokenStore,
};
use wx_tests::fake_tokens::*;

const APPID: &str = "wxapp000000000001";
const APP_SECRET: &str = "APP_SECRET_VALUE_0123456789";
const COMPONENT: &str = "wxcomponent000001";
const COMPONENT_SECRET: &str = "COMPONENT_SECRET_VALUE_987";
const MERCHANT: &str = "wxmerchant0000001";
const SEARCH: &str = "/wxa/changewxasearchstatus";
const SIGNATURE: &str = "/cgi-bin/account/modifysignature";
/// 2026-11-21T00:00:00Z, for the manual clock.
const NOW_MS: u64 = 1_795_219_200_000;

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().wechat_base_url(server.uri())
}

fn hide() -> SetSearchStatus {
    SetSearchStatus { status: SearchStatus::Hidden }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_callers_with_an_expired_token_cause_one_fetch() {
    let server = MockServer::start().await;
    mount(
        &server,
        "POST",
        STABLE_TOKEN,
        Minter::new("APP", "access_token").stable().delay(Duration::from_millis(200)),
    )
    .await;
    mount(&server, "POST", SEARCH, Gate::default()).await;
    let clock = ManualClock::new(NOW_MS);
    let store = Arc::new(MemoryStore::with_clock(clock.clone()));
    // An expired token in the store: it must never be handed out.
    let key = StoreKey::new(StoreKind::AppToken, APPID);
    store.set(&key, StoredValue::new("EXPIRED", Some(NOW_MS - 1))).await.unwrap();
    let client = builder(&server).app(APPID, APP_SECRET).store(store).clock(clock).build().unwrap();

    let calls: Vec<_> = (0..1000)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { hide().call(&client).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("every caller succeeds");
    }
    assert_eq!(hits(&server, STABLE_TOKEN).await, 1, "one token fetch for 1,000 callers");
    assert_eq!(hits(&server, SEARCH).await, 1000);
    let tokens: std::collections::HashSet<_> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == SEARCH)
        .map(|r| r.url.query().unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), 1, "everyone used the one fetched token: {tokens:?}");
    assert_eq!(bodies(&server, STABLE_TOKEN).await[0]["secret"], APP_SECRET);
}

#[tokio::test]
async fn a_failed_fetch_reaches_every_waiter_and_nobody_waits_forever() {
    let server = MockServer::start().await;
    let busy = ResponseTemplate::new(200)
        .set_body_json(json!({"errcode": -1, "errmsg": "system error"}))
        .set_delay(Duration::from_millis(100));
    mount(&server, "POST", STABLE_TOKEN, busy).await;
    let client = builder(&server).app(APPID, APP_SECRET).build().unwrap();
    let tokens = client.tokens().unwrap().clone();
    let waiters: Vec<_> = (0..50)
        .map(|_| {
            let tokens = tokens.clone();
            tokio::spawn(async move { tokens.credential(CredentialRequest::App).await })
        })
        .collect();
    for waiter in waiters {
        let error = waiter.await.unwrap().unwrap_err();
        assert_eq!((error.class(), error.code()), (ErrorClass::Busy, Some(-1)));
        assert!(error.is_retryable());
    }
    assert_eq!(hits(&server, STABLE_TOKEN).await, 1, "the waiters shared the one failed fetch");
}

#[tokio::test]
async fn a_stale_token_causes_one_refresh_and_one_retry() {
    let server = MockServer::start().await;
    mount(&server, "GET", CLASSIC_TOKEN, Minter::new("APP", "access_token")).await;
    let gate = Gate::default();
    gate.reject("APP_0");
    mount(&server, "POST", SEARCH, gate).await;
    let client =
        builder(&server).app(APPID, APP_SECRET).app_token_mode(AppTokenMode::Classic).build().unwrap();
    hide().call(&client).await.expect("the retry with the new token succeeds");
    assert_eq!(hits(&server, CLASSIC_TOKEN).await, 2, "the first fetch and one refresh");
    assert_eq!(hits(&server, SEARCH).await, 2, "the call and one retry");
    // The secret travels in the classic token request's query, and nowhere else.
    let token_request = &server.received_requests().await.unwrap()[0];
    assert_eq!(token_request.url.path(), CLASSIC_TOKEN);
    assert!(token_request.url.query().unwrap().contains("grant_type=client_credential"));
}

#[tokio::test]
async fn a_second_stale_answer_is_an_error_after_one_refresh() {
    let server = MockServer::start().await;
    mount(&server, "GET", CLASSIC_TOKEN, Minter::new("APP", "access_token")).await;
    let gate = Gate::default();
    gate.reject_all();
    mount(&server, "POST", SEARCH, gate).await;
    let client =
        builder(&server).app(APPID, APP_SECRET).app_token_mode(AppTokenMode::Classic).build().unwrap();
    let error = hide().call(&client).await.unwrap_err();
    assert_eq!(error.code(), Some(40001));
    assert!(error.is_stale_credential());
    assert_eq!(hits(&server, CLASSIC_TOKEN).await, 2, "one refresh in total");
    assert_eq!(hits(&server, SEARCH).await, 2, "never looped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_callers_failing_with_the_same_stale_token_share_one_refresh() {
    let server = MockServer::start().await;
    mount(&server, "GET", CLASSIC_TOKEN, Minter::new("APP", "access_token")).await;
    // Slow answers make both callers send APP_0 before either learns it is stale.
    let gate = Gate::default().delay(Duration::from_millis(150));
    gate.reject("APP_0");
    mount(&server, "POST", SEARCH, gate).await;
    let client =
        builder(&server).app(APPID, APP_SECRET).app_token_mode(AppTokenMode::Classic).build().unwrap();
    client.tokens().unwrap().credential(CredentialRequest::App).await.unwrap();
    let (first, second) = (hide(), hide());
    let (a, b) = tokio::join!(first.call(&client), second.call(&client));
    a.unwrap();
    b.unwrap();
    assert_eq!(hits(&server, CLASSIC_TOKEN).await, 2, "the first fetch and one refresh between both callers");
    assert_eq!(hits(&server, SEARCH).await, 4);
}

#[tokio::test]
async fn a_stale_stable_token_is_force_refreshed() {
    let server = MockServer::start().await;
    mount(&server, "POST", STABLE_TOKEN, Minter::new("APP", "access_token").stable()).await;
    let gate = Gate::default();
    gate.reject("APP_0");
    mount(&server, "POST", SEARCH, gate).await;
    let client = builder(&server).app(APPID, APP_SECRET).build().unwrap();
    hide().call(&client).await.unwrap();
    let forced: Vec<bool> =
        bodies(&server, STABLE_TOKEN).await.iter().map(|b| b["force_refresh"].as_bool().unwrap()).collect();
    // Normal mode answers the rejected token again; only force_refresh replaces it.
    assert_eq!(forced, [false, false, true]);
}

#[tokio::test]
async fn tokens_are_renewed_ahead_of_expiry_and_never_handed_out_expired() {
    let server = MockServer::start().await;
    mount(&server, "POST", STABLE_TOKEN, Minter::new("APP", "access_token")).await;
    mount(&server, "POST", SEARCH, Gate::default()).await;
    let clock = ManualClock::new(NOW_MS);
    let client = builder(&server)
        .app(APPID, APP_SECRET)
        .clock(clock.clone())
        .refresh_margin(Duration::from_secs(300))
        .build()
        .unwrap();
    let tokens = client.tokens().unwrap();
    let first = tokens.credential(CredentialRequest::App).await.unwrap();
    clock.advance(7_200_000 - 300_001);
    assert_eq!(tokens.credential(CredentialRequest::App).await.unwrap(), first, "fresh until the margin");
    clock.advance(2);
    let second = tokens.credential(CredentialRequest::App).await.unwrap();
    assert_ne!(second, first, "renewed inside the margin");
    assert_eq!(hits(&server, STABLE_TOKEN).await, 2);

    // The token endpoint fails while the token is expired: an error, never the expired token.
    server.reset().await;
    mount(&server, "POST", STABLE_TOKEN, ResponseTemplate::new(200).set_body_json(json!({"errcode": -1})))
        .await;
    clock.advance(7_200_000);
    let error = tokens.credential(CredentialRequest::App).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::Busy);
}

#[tokio::test]
async fn the_daily_quota_is_never_retried() {
    let server = MockServer::start().await;
    let quota = ResponseTemplate::new(200)
        .set_body_json(json!({"errcode": 45009, "errmsg": "reach max api daily quota limit"}));
    mount(&server, "POST", STABLE_TOKEN, quota).await;
    mount(&server, "POST", SEARCH, Gate::default()).await;
    let client = builder(&server).app(APPID, APP_SECRET).build().unwrap();
    for _ in 0..5 {
        let error = hide().call(&client).await.unwrap_err();
        let Error::Credential(credential) = &error else { panic!("{error:?}") };
        assert_eq!((credential.class(), credential.code()), (ErrorClass::QuotaExhausted, Some(45009)));
        assert_eq!(error.class(), ErrorClass::QuotaExhausted);
        assert!(!error.is_retryable());
    }
    assert_eq!(
        hits(&server, STABLE_TOKEN).await,
        1,
        "the cooldown keeps further calls off the token endpoint"
    );
    assert_eq!(hits(&server, SEARCH).await, 0);
}

async fn platform(server: &MockServer) -> Client {
    mount(server, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    mount(
        server,
        "POST",
        AUTHORIZER_TOKEN_PATH,
        Minter::new("AUTHORIZER", "authorizer_access_token")
            .with(json!({"authorizer_refresh_token": "REFRESH_2"})),
    )
    .await;
    let query_auth = json!({"authorization_info": {
        "authorizer_appid": MERCHANT,
        "authorizer_access_token": "AUTHORIZER_FROM_QUERY",
        "expires_in": 7200,
        "authorizer_refresh_token": "REFRESH_1",
        "func_info": [{"funcscope_category": {"id": 17}}, {"funcscope_category": {"id": 18}}]
    }});
    mount(server, "POST", QUERY_AUTH, ResponseTemplate::new(200).set_body_json(query_auth)).await;
    mount(server, "POST", SEARCH, Gate::default()).await;
    mount(server, "POST", SIGNATURE, Gate::default()).await;
    builder(server).component(COMPONENT, COMPONENT_SECRET).build().unwrap()
}

#[tokio::test]
async fn the_component_chain_needs_a_ticket_then_serves_authorizers() {
    let server = MockServer::start().await;
    let client = platform(&server).await;
    let tokens = client.tokens().unwrap();

    let error = tokens.credential(CredentialRequest::Component).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::Ticket, "{error}");
    let error = hide().call(&client.authorizer(MERCHANT)).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::Reauthorize, "no refresh token yet: {error}");
    assert_eq!(hits(&server, COMPONENT_TOKEN).await, 0);

    tokens.set_verify_ticket("TICKET_1").await.unwrap();
    let authorized = tokens.query_auth("AUTH_CODE").await.unwrap();
    assert_eq!(authorized.granted, [17, 18]);
    let component_body = &bodies(&server, COMPONENT_TOKEN).await[0];
    assert_eq!(component_body["component_verify_ticket"], "TICKET_1");
    assert_eq!(component_body["component_appsecret"], COMPONENT_SECRET);

    // query_auth's own token serves the first call.
    hide().call(&client.authorizer(MERCHANT)).await.unwrap();
    assert_eq!(hits(&server, AUTHORIZER_TOKEN_PATH).await, 0);
    let search = server.received_requests().await.unwrap();
    let last = search.iter().rev().find(|r| r.url.path() == SEARCH).unwrap();
    assert_eq!(last.url.query(), Some("access_token=AUTHORIZER_FROM_QUERY"));

    // After it goes stale, the refresh token brings a new one; the rotated refresh token is kept.
    tokens
        .invalidate(CredentialRequest::Authorizer { appid: MERCHANT }, &Secret::from("AUTHORIZER_FROM_QUERY"))
        .await;
    let token = tokens.credential(CredentialRequest::Authorizer { appid: MERCHANT }).await.unwrap();
    assert_eq!(token.expose(), "AUTHORIZER_0");
    let request = server.received_requests().await.unwrap();
    let fetch = request.iter().find(|r| r.url.path() == AUTHORIZER_TOKEN_PATH).unwrap();
    assert_eq!(fetch.url.query(), Some("component_access_token=COMPONENT_0"));
    let body: serde_json::Value = serde_json::from_slice(&fetch.body).unwrap();
    assert_eq!(body["authorizer_refresh_token"], "REFRESH_1");
    tokens.invalidate(CredentialRequest::Authorizer { appid: MERCHANT }, &token).await;
    tokens.credential(CredentialRequest::Authorizer { appid: MERCHANT }).await.unwrap();
    let last_body = bodies(&server, AUTHORIZER_TOKEN_PATH).await.pop().unwrap();
    assert_eq!(last_body["authorizer_refresh_token"], "REFRESH_2");
}

#[tokio::test]
async fn an_invalid_refresh_token_means_reauthorize() {
    let server = MockServer::start().await;
    mount(&server, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    let invalid = ResponseTemplate::new(200)
        .set_body_json(json!({"errcode": 61023, "errmsg": "refresh_token is invalid"}));
    mount(&server, "POST", AUTHORIZER_TOKEN_PATH, invalid).await;
    let store = MemoryStore::new();
    let key = StoreKey::authorizer(StoreKind::RefreshToken, COMPONENT, MERCHANT);
    store.set(&key, StoredValue::new("REVOKED", None)).await.unwrap();
    let client = builder(&server).component(COMPONENT, COMPONENT_SECRET).store(store).build().unwrap();
    client.tokens().unwrap().set_verify_ticket("TICKET").await.unwrap();
    let error = hide().call(&client.authorizer(MERCHANT)).await.unwrap_err();
    let Error::Credential(credential) = &error else { panic!("{error:?}") };
    assert_eq!((credential.class(), credential.code()), (ErrorClass::Reauthorize, Some(61023)));
    assert!(
        error.to_string().contains("refresh_token is invalid; the merchant must authorize again"),
        "{error}"
    );
    assert!(!format!("{error} {error:?}").contains("REVOKED"));
}

#[tokio::test]
async fn the_permission_precheck_sends_nothing_for_sets_not_granted() {
    let server = MockServer::start().await;
    let client = platform(&server).await;
    client.tokens().unwrap().set_verify_ticket("TICKET").await.unwrap();
    client.tokens().unwrap().query_auth("AUTH_CODE").await.unwrap();
    let merchant = client.authorizer(MERCHANT);

    // setSignature needs 3, 30 or 61; the merchant granted 17 and 18.
    let signature = SetSignature { signature: "a fun service".into() };
    let error = signature.call(&merchant).await.unwrap_err();
    let Error::NotGranted(not_granted) = &error else { panic!("{error:?}") };
    assert_eq!((not_granted.required, &not_granted.granted[..]), (&[3, 30, 61][..], &[17, 18][..]));
    assert_eq!(error.class(), ErrorClass::Permission);
    assert!(error.to_string().contains("[3, 30, 61]") && error.to_string().contains("[17, 18]"), "{error}");
    assert_eq!(hits(&server, SIGNATURE).await, 0, "nothing was sent");

    // setSearchStatus needs 18: granted, so it goes out.
    hide().call(&merchant).await.unwrap();
    assert_eq!(hits(&server, SEARCH).await, 1);

    // Switched off, the call goes out and the server decides.
    let unchecked =
        builder(&server).component(COMPONENT, COMPONENT_SECRET).permission_precheck(false).build().unwrap();
    unchecked.tokens().unwrap().set_verify_ticket("TICKET").await.unwrap();
    unchecked.tokens().unwrap().query_auth("AUTH_CODE").await.unwrap();
    signature.call(&unchecked.authorizer(MERCHANT)).await.unwrap();
    assert_eq!(hits(&server, SIGNATURE).await, 1);
}

#[tokio::test]
async fn lost_refresh_tokens_are_resynced_from_the_authorizer_list() {
    let server = MockServer::start().await;
    mount(&server, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    let page = |offset: u32| {
        let list: Vec<_> = (offset..(offset + 500).min(700))
            .map(|i| json!({"authorizer_appid": format!("wx{i:016}"), "refresh_token": format!("R{i}"), "auth_time": 1}))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({"total_count": 700, "list": list}))
    };
    for offset in [0, 500] {
        wiremock::Mock::given(wiremock::matchers::path("/cgi-bin/component/api_get_authorizer_list"))
            .and(wiremock::matchers::body_partial_json(json!({"offset": offset, "count": 500})))
            .respond_with(page(offset))
            .mount(&server)
            .await;
    }
    let store = Arc::new(MemoryStore::new());
    let client =
        builder(&server).component(COMPONENT, COMPONENT_SECRET).store(store.clone()).build().unwrap();
    client.tokens().unwrap().set_verify_ticket("TICKET").await.unwrap();
    assert_eq!(client.tokens().unwrap().sync_authorizers().await.unwrap(), 700);
    let key = StoreKey::authorizer(StoreKind::RefreshToken, COMPONENT, format!("wx{:016}", 699));
    assert_eq!(store.get(&key).await.unwrap().unwrap().value, "R699");
}

#[tokio::test]
async fn onboarding_builds_the_authorization_page_url() {
    let server = MockServer::start().await;
    mount(&server, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    let code = json!({"pre_auth_code": "PRE_AUTH_CODE_1", "expires_in": 1800});
    mount(
        &server,
        "POST",
        "/cgi-bin/component/api_create_preauthcode",
        ResponseTemplate::new(200).set_body_json(code),
    )
    .await;
    let client = builder(&server).component(COMPONENT, COMPONENT_SECRET).build().unwrap();
    let tokens = client.tokens().unwrap();
    tokens.set_verify_ticket("TICKET").await.unwrap();
    let code = tokens.pre_auth_code().await.unwrap();
    let url = tokens
        .authorization_url(
            &code.pre_auth_code,
            "https://platform.example/authorized?x=1",
            wx_endpoints::AuthType::MiniProgram,
        )
        .unwrap();
    assert_eq!(
        url,
        "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=wxcomponent000001&pre_auth_code=PRE_AUTH_CODE_1&redirect_uri=https%3A%2F%2Fplatform.example%2Fauthorized%3Fx%3D1&auth_type=2"
    );
    assert_eq!(
        bodies(&server, "/cgi-bin/component/api_create_preauthcode").await[0],
        json!({"component_appid": COMPONENT})
    );
    assert!(!format!("{tokens:?} {client:?}").contains(COMPONENT_SECRET));
}

/// A server's `expires_in` meets the clock only through saturating, clamped arithmetic: the
/// largest value is a token cached (at most a day) and never a panic; zero is a typed error (a
/// token cached as already expired would be fetched again on every call); a negative value does
/// not decode, a typed error too.
#[tokio::test]
async fn extreme_expires_in_values_never_panic() {
    let stable = |expires_in: serde_json::Value| {
        ResponseTemplate::new(200)
            .set_body_json(json!({"access_token": "HUGE_TOKEN", "expires_in": expires_in}))
    };
    let server = MockServer::start().await;
    mount(&server, "POST", STABLE_TOKEN, stable(json!(i64::MAX))).await;
    let clock = ManualClock::new(NOW_MS);
    let client = builder(&server).app(APPID, APP_SECRET).clock(clock.clone()).build().unwrap();
    let tokens = client.tokens().unwrap();
    let token = tokens.credential(CredentialRequest::App).await.unwrap();
    assert_eq!(token.expose(), "HUGE_TOKEN");
    clock.advance(23 * 3600 * 1000);
    tokens.credential(CredentialRequest::App).await.unwrap();
    assert_eq!(hits(&server, STABLE_TOKEN).await, 1, "cached, clamped to a day");
    clock.advance(3600 * 1000);
    tokens.credential(CredentialRequest::App).await.unwrap();
    assert_eq!(hits(&server, STABLE_TOKEN).await, 2, "renewed after the clamped day");

    let fetch = |expires_in: serde_json::Value| {
        let server = &server;
        async move {
            server.reset().await;
            mount(server, "POST", STABLE_TOKEN, stable(expires_in)).await;
            let client =
                builder(server).app(APPID, APP_SECRET).clock(ManualClock::new(NOW_MS)).build().unwrap();
            client.tokens().unwrap().credential(CredentialRequest::App).await
        }
    };
    assert_eq!(fetch(json!(u64::MAX)).await.unwrap().expose(), "HUGE_TOKEN", "clamped like i64::MAX");
    for expires_in in [json!(0), json!(-1)] {
        let error = fetch(expires_in.clone()).await.unwrap_err();
        assert_eq!(error.class(), ErrorClass::Decode, "{expires_in}: {error}");
        assert!(!error.to_string().contains("HUGE_TOKEN"), "{error}");
    }
}

#[test]
fn a_refresh_lock_lease_longer_than_the_refresh_wait_is_refused() {
    let builder = || Client::builder().app(APPID, APP_SECRET);
    let error = builder()
        .refresh_wait(Duration::from_secs(5))
        .refresh_lock_lease(Duration::from_secs(6))
        .build()
        .map(drop)
        .unwrap_err();
    assert!(matches!(error, wx_endpoints::BuildError::Tokens(_)), "{error}");
    assert!(error.to_string().contains("lease"), "{error}");
    builder()
        .refresh_wait(Duration::from_secs(5))
        .refresh_lock_lease(Duration::from_secs(5))
        .build()
        .unwrap();
    builder().refresh_lock_lease(Duration::MAX).refresh_wait(Duration::MAX).build().unwrap();
}
