//! Tokens shared through Redis: four OS processes with a stale token make one fetch between them;
//! refresh tokens and grants survive a restart; a stopped Redis is a typed error within the timeout.
//! Each test starts its own `redis-server` (see `wx_tests::redis_server`).

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::token::{RedisStore, StoreErrorKind, StoreKey, StoreKind, StoredValue, SystemClock};
use wx_endpoints::{Client, CredentialRequest, CredentialSource, ErrorClass, TokenStore};
use wx_tests::fake_tokens::*;
use wx_tests::redis_server::RedisServer;

const APPID: &str = "wxapp000000000001";
const APP_SECRET: &str = "APP_SECRET_VALUE_0123456789";
const COMPONENT: &str = "wxcomponent000001";
const COMPONENT_SECRET: &str = "COMPONENT_SECRET_VALUE_987";
const MERCHANT: &str = "wxmerchant0000001";
const TIMEOUT: Duration = Duration::from_millis(500);

async fn store(redis: &RedisServer, prefix: &str) -> RedisStore {
    RedisStore::connect(&redis.url(), prefix, TIMEOUT).await.expect("redis connects")
}

fn now_ms() -> u64 {
    use wx_endpoints::token::Clock;
    SystemClock.now_ms()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_processes_with_a_stale_token_make_one_fetch() {
    let Some(redis) = RedisServer::start() else { return };
    let server = MockServer::start().await;
    mount(
        &server,
        "POST",
        STABLE_TOKEN,
        Minter::new("APP", "access_token").stable().delay(Duration::from_millis(300)),
    )
    .await;
    // A token inside the refresh margin: every process must replace it, and only one may fetch.
    let shared = store(&redis, "four").await;
    let key = StoreKey::new(StoreKind::AppToken, APPID);
    shared.set(&key, StoredValue::new("OLD", Some(now_ms() + 60_000))).await.unwrap();

    let start_at = now_ms() + 1500;
    let children: Vec<_> = (0..4)
        .map(|_| {
            let mut child = Command::new(std::env::current_exe().unwrap());
            child
                .args([
                    "child_process_fetches_a_token",
                    "--exact",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env("WX_CHILD_REDIS", redis.url())
                .env("WX_CHILD_BASE", server.uri())
                .env("WX_CHILD_START_AT", start_at.to_string());
            tokio::task::spawn_blocking(move || child.output())
        })
        .collect();
    let mut tokens = Vec::new();
    for child in children {
        let output = child.await.unwrap().expect("the child runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "child failed: {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let token =
            stdout.lines().find_map(|l| l.split_once("CHILD_TOKEN=").map(|(_, t)| t)).unwrap_or_else(|| {
                panic!("the child reported no token: {stdout}\n{}", String::from_utf8_lossy(&output.stderr))
            });
        tokens.push(token.to_owned());
    }
    assert_eq!(tokens, ["APP_0", "APP_0", "APP_0", "APP_0"]);
    assert_eq!(hits(&server, STABLE_TOKEN).await, 1, "one fetch between four processes");
    let keys = redis.keys();
    assert!(
        keys.iter().all(|k| k.starts_with("four:") && !k.contains("APP_") && !k.contains(APP_SECRET)),
        "{keys:?}"
    );
}

/// The body of each child process of the test above; does nothing when run directly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a child process of four_processes_with_a_stale_token_make_one_fetch"]
async fn child_process_fetches_a_token() {
    let (Ok(redis), Ok(base), Ok(start_at)) =
        (std::env::var("WX_CHILD_REDIS"), std::env::var("WX_CHILD_BASE"), std::env::var("WX_CHILD_START_AT"))
    else {
        return;
    };
    let store = RedisStore::connect(&redis, "four", TIMEOUT).await.unwrap();
    let client = Client::builder().wechat_base_url(base).app(APPID, APP_SECRET).store(store).build().unwrap();
    let wait = start_at.parse::<u64>().unwrap().saturating_sub(now_ms());
    tokio::time::sleep(Duration::from_millis(wait)).await;
    let tokens = client.tokens().unwrap();
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let tokens = tokens.clone();
            tokio::spawn(async move { tokens.credential(CredentialRequest::App).await })
        })
        .collect();
    let mut seen = Vec::new();
    for call in calls {
        seen.push(call.await.unwrap().unwrap());
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]));
    println!("CHILD_TOKEN={}", seen[0].expose());
}

async fn platform_server() -> MockServer {
    let server = MockServer::start().await;
    mount(&server, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    mount(&server, "POST", AUTHORIZER_TOKEN_PATH, Minter::new("AUTHORIZER", "authorizer_access_token")).await;
    let query_auth = json!({"authorization_info": {
        "authorizer_appid": MERCHANT, "authorizer_access_token": "FROM_QUERY", "expires_in": 7200,
        "authorizer_refresh_token": "REFRESH_1",
        "func_info": [{"funcscope_category": {"id": 17}}, {"funcscope_category": {"id": 18}}]
    }});
    mount(&server, "POST", QUERY_AUTH, ResponseTemplate::new(200).set_body_json(query_auth)).await;
    server
}

#[tokio::test]
async fn refresh_tokens_and_grants_survive_a_restart() {
    let Some(redis) = RedisServer::start() else { return };
    let server = platform_server().await;
    let build = |store| {
        Client::builder()
            .wechat_base_url(server.uri())
            .component(COMPONENT, COMPONENT_SECRET)
            .store(store)
            .build()
    };
    {
        let before = build(store(&redis, "restart").await).unwrap();
        let tokens = before.tokens().unwrap();
        tokens.set_verify_ticket("TICKET").await.unwrap();
        tokens.query_auth("AUTH_CODE").await.unwrap();
    }
    let after = build(store(&redis, "restart").await).unwrap();
    let tokens = after.tokens().unwrap();
    assert_eq!(tokens.granted(MERCHANT).await.unwrap().as_deref(), Some(&[17, 18][..]));
    let merchant = CredentialRequest::Authorizer { appid: MERCHANT };
    let token = tokens.credential(merchant).await.unwrap();
    assert_eq!(token.expose(), "FROM_QUERY", "the stored token is reused, not refetched");
    assert_eq!(hits(&server, AUTHORIZER_TOKEN_PATH).await, 0);
    // Once stale, the stored refresh token renews it, and the store drops the rejected token.
    assert!(tokens.invalidate(merchant, &token).await);
    assert_eq!(tokens.credential(merchant).await.unwrap().expose(), "AUTHORIZER_0");
    assert_eq!(bodies(&server, AUTHORIZER_TOKEN_PATH).await[0]["authorizer_refresh_token"], "REFRESH_1");
    let keys = redis.keys();
    for secret in ["FROM_QUERY", "REFRESH_1", "TICKET", "COMPONENT_0", COMPONENT_SECRET] {
        assert!(keys.iter().all(|k| !k.contains(secret)), "{keys:?}");
    }
}

#[tokio::test]
async fn a_stopped_redis_is_a_typed_error_within_the_timeout() {
    let Some(mut redis) = RedisServer::start() else { return };
    let server = platform_server().await;
    let client = Client::builder()
        .wechat_base_url(server.uri())
        .component(COMPONENT, COMPONENT_SECRET)
        .store(store(&redis, "stop").await)
        .build()
        .unwrap();
    let tokens = client.tokens().unwrap();
    tokens.set_verify_ticket("TICKET").await.unwrap();
    redis.stop();

    let started = Instant::now();
    let error = tokens.credential(CredentialRequest::Authorizer { appid: MERCHANT }).await.unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(error.class(), ErrorClass::Store, "{error}");
    assert!(error.is_retryable());
    // A bound, not a benchmark: without deadlines this call would hang.
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");

    let started = Instant::now();
    let refused = RedisStore::connect(&format!("redis://127.0.0.1:{}/", redis.port()), "stop", TIMEOUT).await;
    let Err(error) = refused else { panic!("connected to a stopped Redis") };
    assert!(matches!(error.kind(), StoreErrorKind::Unavailable | StoreErrorKind::Timeout), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn the_store_lock_is_owner_tagged() {
    let Some(redis) = RedisServer::start() else { return };
    let store = store(&redis, "lock").await;
    let key = StoreKey::new(StoreKind::ComponentToken, COMPONENT);
    assert!(store.try_lock(&key, "a", 10_000).await.unwrap());
    assert!(!store.try_lock(&key, "b", 10_000).await.unwrap());
    store.unlock(&key, "b").await.unwrap();
    assert!(!store.try_lock(&key, "b", 10_000).await.unwrap(), "only the owner releases");
    store.unlock(&key, "a").await.unwrap();
    assert!(store.try_lock(&key, "b", 50).await.unwrap());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(store.try_lock(&key, "c", 50).await.unwrap(), "a lapsed lease is free");

    store.set(&key, StoredValue::new("T1", Some(now_ms() + 60_000))).await.unwrap();
    assert!(!store.delete_if(&key, "T0").await.unwrap());
    assert!(store.delete_if(&key, "T1").await.unwrap());
    assert!(store.get(&key).await.unwrap().is_none());
}

#[tokio::test]
async fn callback_events_are_deduplicated_across_processes_through_redis() {
    use wx_endpoints::callback::{CallbackHandler, Handled, MsgCrypt};
    let Some(redis) = RedisServer::start() else { return };
    let crypt = MsgCrypt::new("token", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", COMPONENT).unwrap();
    // Two "processes": two clients with their own caches sharing one Redis.
    let mut handlers = Vec::new();
    for _ in 0..2 {
        let client = Client::builder()
            .component(COMPONENT, COMPONENT_SECRET)
            .store(store(&redis, "dedup").await)
            .build();
        handlers.push(CallbackHandler::new(crypt.clone(), client.unwrap().tokens().unwrap().clone()));
    }
    let ticket = format!(
        "<xml><AppId>{COMPONENT}</AppId><CreateTime>1700000000</CreateTime><InfoType>component_verify_ticket</InfoType>\
         <ComponentVerifyTicket>ticket@@@shared</ComponentVerifyTicket></xml>"
    );
    let encrypt = crypt.encrypt(&ticket);
    let query = format!("timestamp=1&nonce=n&msg_signature={}", crypt.signature("1", "n", &encrypt));
    let body = format!("<xml><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let first = handlers[0].handle(&query, body.as_bytes()).await;
    let second = handlers[1].handle(&query, body.as_bytes()).await;
    assert!(matches!(first.outcome, Ok(Handled::Event(_))), "{:?}", first.outcome);
    assert!(matches!(second.outcome, Ok(Handled::Duplicate { .. })), "{:?}", second.outcome);
    assert_eq!((first.status, second.status), (200, 200));
    let stored =
        store(&redis, "dedup").await.get(&StoreKey::new(StoreKind::VerifyTicket, COMPONENT)).await.unwrap();
    assert_eq!(stored.unwrap().value, "ticket@@@shared");
}
