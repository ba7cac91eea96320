//! The fault matrix: each bad day a server can have, against a raw loopback fault server. Every case
//! asserts the typed error (or the retry outcome), how many requests the server received, and an
//! upper bound on the time taken. No case panics.

use std::time::{Duration, Instant};

use wx_endpoints::im::official_account::DestroyOfficialAccount;
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
use wx_endpoints::wechat::category::GetAllCategories;
use wx_endpoints::{Client, Error, ErrorClass, RetryPolicy, StaticCredentials, TransportErrorKind};
use wx_tests::fault_server::{Behavior, FaultServer};

const DEADLINE: Duration = Duration::from_millis(1500);

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        deadline: DEADLINE,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
    }
}

fn client(base: &str) -> Client {
    Client::builder()
        .wechat_base_url(base)
        .im_base_url(base)
        .im(1400000000, "administrator")
        .credentials(StaticCredentials::new().access_token("FAULT_TOKEN").im_usersig("FAULT_USERSIG"))
        .timeout(Duration::from_millis(300))
        .max_response_bytes(1024)
        .retry(policy())
        .build()
        .unwrap()
}

/// A modification: not idempotent.
fn post() -> SetSearchStatus {
    SetSearchStatus { status: SearchStatus::Hidden }
}

struct Case {
    server: FaultServer,
    client: Client,
    started: Instant,
}

async fn case(script: Vec<Behavior>) -> Case {
    let server = FaultServer::start(script).await;
    let client = client(&server.url());
    Case { server, client, started: Instant::now() }
}

impl Case {
    fn done(&self, requests: usize) {
        assert_eq!(self.server.requests(), requests, "requests received");
        assert!(
            self.started.elapsed() < DEADLINE + Duration::from_millis(700),
            "took {:?}",
            self.started.elapsed()
        );
    }
}

fn status<K: wx_endpoints::ApiErrorKind>(error: &Error<K>) -> Option<TransportErrorKind> {
    match error {
        Error::Transport(t) => Some(t.kind()),
        _ => None,
    }
}

#[tokio::test]
async fn http_500_with_html_on_a_modification_is_not_resent() {
    let c = case(vec![Behavior::html(500)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(status(&error), Some(TransportErrorKind::Status(500)));
    c.done(1);
}

#[tokio::test]
async fn http_502_on_a_query_is_retried_up_to_the_attempts() {
    let c = case(vec![Behavior::html(502)]).await;
    let error = GetAllCategories.call(&c.client).await.unwrap_err();
    assert_eq!(status(&error), Some(TransportErrorKind::Status(502)));
    c.done(4);
}

#[tokio::test]
async fn http_503_then_success_on_a_query_succeeds() {
    let c = case(vec![Behavior::html(503), Behavior::json(r#"{"errcode":0}"#)]).await;
    GetAllCategories.call(&c.client).await.unwrap();
    c.done(2);
}

async fn decode_case(body: &[u8], content_type: &'static str) {
    let c = case(vec![Behavior::Respond { status: 200, content_type, body: body.to_vec() }]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_eq!(error.class(), ErrorClass::Decode);
    let _ = (error.to_string(), format!("{error:?}"));
    c.done(1);
}

#[tokio::test]
async fn empty_body() {
    decode_case(b"", "application/json").await;
}

#[tokio::test]
async fn truncated_json() {
    decode_case(br#"{"errcode":0,"errm"#, "application/json").await;
}

#[tokio::test]
async fn errcode_as_a_string_that_is_not_a_number() {
    // Digits are read as the code (a documented sample prints "0"); anything else is not an envelope.
    decode_case(br#"{"errcode":"banned","errmsg":"x"}"#, "application/json").await;
}

#[tokio::test]
async fn json_of_the_wrong_shape() {
    decode_case(br#"[{"errcode":0}]"#, "application/json").await;
}

#[tokio::test]
async fn binary_body_with_a_json_content_type() {
    decode_case(&[0x89, b'P', b'N', b'G', 0, 1, 2, 0xff], "application/json").await;
}

#[tokio::test]
async fn non_utf8_bytes() {
    decode_case(&[0x93; 300], "application/json").await;
}

#[tokio::test]
async fn a_body_over_the_cap() {
    let body = format!(r#"{{"errcode":0,"pad":"{}"}}"#, "x".repeat(4096));
    let c = case(vec![Behavior::json(&body)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(status(&error), Some(TransportErrorKind::Body));
    c.done(1);
}

#[tokio::test]
async fn headers_that_never_arrive() {
    let c = case(vec![Behavior::HeadersNever]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(status(&error), Some(TransportErrorKind::Timeout));
    c.done(1);
}

#[tokio::test]
async fn a_body_that_stalls() {
    let c = case(vec![Behavior::StallBody]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert!(
        matches!(status(&error), Some(TransportErrorKind::Timeout | TransportErrorKind::Body)),
        "{error:?}"
    );
    c.done(1);
}

#[tokio::test]
async fn reset_before_the_request_was_read() {
    let c = case(vec![Behavior::CloseBeforeReading, Behavior::json(r#"{"errcode":0}"#)]).await;
    let result = post().call(&c.client).await;
    // Either the client saw the reset (a typed transport error, not resent: it may have been sent),
    // or reqwest's pool opened a fresh connection before writing; never a panic, never a duplicate.
    if let Err(error) = &result {
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
    }
    assert!(c.server.requests() <= 1);
    assert!(c.started.elapsed() < DEADLINE + Duration::from_millis(700));
}

#[tokio::test]
async fn reset_after_the_request_was_read_is_not_resent_for_a_modification() {
    let c = case(vec![Behavior::CloseAfterReading, Behavior::json(r#"{"errcode":0}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    c.done(1);
}

#[tokio::test]
async fn reset_after_the_request_was_read_is_retried_for_a_query() {
    let c = case(vec![Behavior::CloseAfterReading, Behavior::json(r#"{"errcode":0}"#)]).await;
    GetAllCategories.call(&c.client).await.unwrap();
    c.done(2);
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_modification() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let started = Instant::now();
    let error = post().call(&client(&format!("http://127.0.0.1:{port}"))).await.unwrap_err();
    assert_eq!(status(&error), Some(TransportErrorKind::Connect));
    assert!(started.elapsed() < DEADLINE);
}

#[tokio::test]
async fn a_burst_of_busy_shorter_than_the_deadline_is_ridden_out() {
    let busy = Behavior::json(r#"{"errcode":-1,"errmsg":"system error"}"#);
    let c = case(vec![busy.clone(), busy, Behavior::json(r#"{"errcode":0}"#)]).await;
    post().call(&c.client).await.unwrap();
    c.done(3);
}

#[tokio::test]
async fn a_burst_of_busy_longer_than_the_deadline_is_returned() {
    let c = case(vec![Behavior::json(r#"{"errcode":-1,"errmsg":"system error"}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!((error.code(), error.class()), (Some(-1), ErrorClass::Busy));
    c.done(4);
}

#[tokio::test]
async fn the_daily_quota_is_one_request() {
    let c =
        case(vec![Behavior::json(r#"{"errcode":45009,"errmsg":"reach max api daily quota limit"}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::QuotaExhausted);
    c.done(1);
}

#[tokio::test]
async fn a_minute_limit_beyond_the_deadline_is_returned_at_once() {
    // 45011 waits for the next minute: close to the boundary that wait would fit in the deadline
    // and the call would be retried, so start well inside a minute.
    let into_minute =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() % 60_000;
    if into_minute > 60_000 - 3_000 {
        tokio::time::sleep(Duration::from_millis((60_000 - into_minute) as u64 + 100)).await;
    }
    let c = case(vec![Behavior::json(r#"{"errcode":45011,"errmsg":"minute limit"}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::RateLimited);
    c.done(1);
}

#[tokio::test]
async fn permission_errors_are_never_retried() {
    let c = case(vec![Behavior::json(r#"{"errcode":61007,"errmsg":"api unauthorized"}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::Permission);
    c.done(1);
}

#[tokio::test]
async fn im_fail_envelopes() {
    let internal = Behavior::json(r#"{"ActionStatus":"FAIL","ErrorCode":20005,"ErrorInfo":"internal"}"#);
    let c = case(vec![internal, Behavior::json(r#"{"ActionStatus":"OK","ErrorCode":0}"#)]).await;
    DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&c.client).await.unwrap();
    c.done(2);
    let c = case(vec![Behavior::json(r#"{"ActionStatus":"FAIL","ErrorCode":130004}"#)]).await;
    let error =
        DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&c.client).await.unwrap_err();
    assert_eq!(error.code(), Some(130004));
    c.done(1);
}

#[tokio::test]
async fn a_stale_static_token_is_one_request() {
    let c = case(vec![Behavior::json(r#"{"errcode":40001,"errmsg":"invalid credential"}"#)]).await;
    let error = post().call(&c.client).await.unwrap_err();
    assert!(error.is_stale_credential());
    c.done(1);
}
