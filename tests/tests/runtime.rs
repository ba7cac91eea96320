//! Runtime behaviour through endpoints declared here: GET query fields, `{}` for empty POSTs,
//! credential kinds, payload decoding, the stale-credential retry, and transport errors that never
//! carry the URL.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wx_endpoints::{
    wx_endpoint, BoxFuture, Client, CredentialError, CredentialRequest, CredentialSource, Error, ErrorClass,
    Secret, TransportErrorKind,
};
use wx_tests::*;

#[derive(Debug, PartialEq, wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct Quota {
    pub daily_limit: u64,
    pub used: u64,
}

#[derive(Debug, PartialEq, wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct QuotaPayload {
    pub quota: Quota,
}

/// A GET endpoint with query fields and a payload.
#[wx_endpoint(path = "/test/get_quota", method = GET, credential = app, response = QuotaPayload)]
pub struct GetQuota {
    pub cgi_path: String,
    pub page: Option<u32>,
}

/// A POST without fields.
#[wx_endpoint(path = "/test/nothing", credential = component, errors(61014 => ComponentOnly: "needs the component token"))]
pub struct Nothing;

/// An IM command without fields.
#[wx_endpoint(family = im, path = "/v4/test_svc/ping")]
pub struct ImPing;

#[tokio::test]
async fn get_fields_travel_as_query_and_the_payload_is_decoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/test/get_quota"))
        .and(query_param("access_token", ACCESS_TOKEN))
        .and(query_param("cgi_path", "/wxa/a b&c"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"errcode": 0, "errmsg": "ok", "quota": {"daily_limit": 2000, "used": 3}}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let payload =
        GetQuota { cgi_path: "/wxa/a b&c".into(), page: None }.call(&client_for(&server)).await.unwrap();
    assert_eq!(payload, QuotaPayload { quota: Quota { daily_limit: 2000, used: 3 } });
    let request = &server.received_requests().await.unwrap()[0];
    assert!(request.body.is_empty(), "GET has no body");
    assert!(!request.url.query().unwrap().contains("page"), "unset optionals are not sent");
}

#[tokio::test]
async fn a_payload_of_the_wrong_shape_is_a_decode_error() {
    let server = MockServer::start().await;
    respond::<GetQuota>(&server, ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "quota": 5})))
        .await;
    let error =
        GetQuota { cgi_path: "/x".into(), page: Some(2) }.call(&client_for(&server)).await.unwrap_err();
    let Error::Decode(decode) = &error else { panic!("{error:?}") };
    assert!(decode.reason.starts_with("bad payload"), "{}", decode.reason);
    assert_eq!(error.class(), ErrorClass::Decode);
}

#[tokio::test]
async fn empty_posts_send_an_empty_object_with_the_component_token() {
    let server = MockServer::start().await;
    respond::<Nothing>(&server, ResponseTemplate::new(200).set_body_json(json!({"errcode": 0}))).await;
    Nothing.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(&request.body[..], b"{}");
    let query: Vec<_> = request.url.query_pairs().into_owned().collect();
    assert_eq!(query, [("component_access_token".to_owned(), "COMPONENT_TOKEN_SECRET".to_owned())]);

    respond::<ImPing>(&server, ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "OK"}))).await;
    ImPing.call(&client_for(&server)).await.unwrap();
    assert_eq!(&server.received_requests().await.unwrap()[0].body[..], b"{}");
}

#[tokio::test]
async fn global_classes_reach_every_endpoint() {
    let server = MockServer::start().await;
    for (code, class, retryable) in [
        (45009, ErrorClass::QuotaExhausted, false),
        (-1, ErrorClass::Busy, true),
        (61007, ErrorClass::Permission, false),
        (40001, ErrorClass::StaleCredential, false),
    ] {
        respond::<Nothing>(&server, ResponseTemplate::new(200).set_body_json(json!({"errcode": code}))).await;
        let error = Nothing.call(&client_for(&server)).await.unwrap_err();
        assert_eq!((error.class(), error.is_retryable()), (class, retryable), "{code}");
        assert_eq!(error.is_stale_credential(), class == ErrorClass::StaleCredential);
    }
}

/// Hands out `tokens` in turn; `invalidate` moves on only when the stale token is still current,
/// like the token lifecycle will.
struct Rotating {
    tokens: Vec<&'static str>,
    current: AtomicUsize,
    invalidated: Mutex<Vec<String>>,
}

impl Rotating {
    fn new(tokens: Vec<&'static str>) -> Arc<Self> {
        Arc::new(Rotating { tokens, current: AtomicUsize::new(0), invalidated: Mutex::default() })
    }
}

impl CredentialSource for Rotating {
    fn credential<'a>(&'a self, _: CredentialRequest<'a>) -> BoxFuture<'a, Result<Secret, CredentialError>> {
        let token = self.tokens.get(self.current.load(Ordering::SeqCst)).copied();
        Box::pin(async move { token.map(Secret::from).ok_or_else(|| CredentialError::new("exhausted")) })
    }

    fn invalidate<'a>(&'a self, request: CredentialRequest<'a>, stale: &'a Secret) -> BoxFuture<'a, bool> {
        assert_eq!(request, CredentialRequest::Authorizer { appid: AUTHORIZER_APPID });
        self.invalidated.lock().unwrap().push(stale.expose().to_owned());
        let current = self.current.load(Ordering::SeqCst);
        if self.tokens[current] == stale.expose() {
            self.current.store(current + 1, Ordering::SeqCst);
        }
        Box::pin(async { true })
    }
}

async fn rotating_client(server: &MockServer, source: &Arc<Rotating>) -> Client {
    Client::builder().wechat_base_url(server.uri()).credentials(source.clone()).build().unwrap()
}

#[tokio::test]
async fn a_stale_token_is_invalidated_and_the_call_retried_once() {
    use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
    let server = MockServer::start().await;
    Mock::given(query_param("access_token", "OLD"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"errcode": 40001, "errmsg": "invalid credential"})),
        )
        .mount(&server)
        .await;
    Mock::given(query_param("access_token", "NEW"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"errcode": 0})))
        .mount(&server)
        .await;
    let source = Rotating::new(vec!["OLD", "NEW"]);
    let merchant = rotating_client(&server, &source).await.authorizer(AUTHORIZER_APPID);
    SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
    assert_eq!(*source.invalidated.lock().unwrap(), ["OLD"]);
}

/// One loop decides every retry: the renewal after a stale answer is an attempt like the others,
/// so a policy of three attempts sends three requests in all (stale, then busy twice), not three
/// after the renewal.
#[tokio::test]
async fn the_stale_renewal_counts_against_the_policys_attempts() {
    use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
    let server = MockServer::start().await;
    Mock::given(query_param("access_token", "OLD"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"errcode": 40001})))
        .mount(&server)
        .await;
    Mock::given(query_param("access_token", "NEW"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"errcode": -1, "errmsg": "busy"})))
        .mount(&server)
        .await;
    let source = Rotating::new(vec!["OLD", "NEW"]);
    let policy = wx_endpoints::RetryPolicy {
        max_attempts: 3,
        deadline: std::time::Duration::from_secs(5),
        base_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(2),
    };
    let client =
        Client::builder().wechat_base_url(server.uri()).credentials(source.clone()).retry(policy).build();
    let merchant = client.unwrap().authorizer(AUTHORIZER_APPID);
    let error = SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap_err();
    assert_eq!(error.code(), Some(-1));
    assert_eq!(server.received_requests().await.unwrap().len(), 3, "stale, renewed (busy), retried (busy)");
    assert_eq!(*source.invalidated.lock().unwrap(), ["OLD"]);
}

#[tokio::test]
async fn a_second_stale_answer_is_returned_not_looped() {
    use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSearchStatusError};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"errcode": 42001, "errmsg": "expired"})),
        )
        .mount(&server)
        .await;
    let source = Rotating::new(vec!["A", "B", "C"]);
    let merchant = rotating_client(&server, &source).await.authorizer(AUTHORIZER_APPID);
    let error = SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap_err();
    assert_eq!(error.code(), Some(42001));
    assert!(matches!(error.kind(), Some(SetSearchStatusError::Unknown(42001))));
    assert!(error.is_stale_credential());
    assert_eq!(server.received_requests().await.unwrap().len(), 2, "one retry, no loop");
}

#[tokio::test]
async fn transport_errors_never_carry_the_url_or_token() {
    // Bind and drop a listener: the port is closed, so the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = Client::builder()
        .wechat_base_url(format!("http://127.0.0.1:{port}"))
        .credentials(wx_endpoints::StaticCredentials::new().access_token(ACCESS_TOKEN))
        .build()
        .unwrap();
    let error = Nothing.call(&client).await.unwrap_err();
    let Error::Credential(_) = &error else { panic!("no component token configured: {error:?}") };
    let error = GetQuota { cgi_path: "/x".into(), page: None }.call(&client).await.unwrap_err();
    let Error::Transport(transport) = &error else { panic!("{error:?}") };
    assert_eq!(transport.kind(), TransportErrorKind::Connect);
    assert!(error.is_retryable());
    let mut text = format!("{error} {error:?}");
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    assert!(!text.contains(ACCESS_TOKEN) && !text.contains("access_token"), "{text}");
}

#[tokio::test]
async fn responses_over_the_cap_are_refused() {
    let server = MockServer::start().await;
    let big = format!(r#"{{"errcode":0,"pad":"{}"}}"#, "x".repeat(2048));
    respond::<GetQuota>(&server, ResponseTemplate::new(200).set_body_raw(big, "application/json")).await;
    let client = Client::builder()
        .wechat_base_url(server.uri())
        .credentials(wx_endpoints::StaticCredentials::new().access_token(ACCESS_TOKEN))
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let error = GetQuota { cgi_path: "/x".into(), page: None }.call(&client).await.unwrap_err();
    let Error::Transport(transport) = &error else { panic!("{error:?}") };
    assert_eq!(transport.kind(), TransportErrorKind::Body);
}

#[tokio::test]
async fn a_body_in_many_chunks_arrives_whole() {
    // 3 MiB of payload: read in many chunks, joined, and decoded intact (a one-chunk body is kept as
    // it arrives, a longer one copied once).
    let server = MockServer::start().await;
    let used = 123_456_789u64;
    let pad = "x".repeat(3 << 20);
    let body = format!(r#"{{"errcode":0,"pad":"{pad}","quota":{{"daily_limit":2000,"used":{used}}}}}"#);
    respond::<GetQuota>(&server, ResponseTemplate::new(200).set_body_raw(body, "application/json")).await;
    let payload = GetQuota { cgi_path: "/x".into(), page: None }.call(&client_for(&server)).await.unwrap();
    assert_eq!(payload.quota, Quota { daily_limit: 2000, used });
}

#[tokio::test]
async fn a_call_is_a_nameable_send_future() {
    fn assert_send<T: Send>(_: &T) {}
    let server = MockServer::start().await;
    respond::<Nothing>(&server, ResponseTemplate::new(200).set_body_json(json!({"errcode": 0}))).await;
    let client = client_for(&server);
    let (first, second) = (Nothing, Nothing);
    // Kept in a collection and awaited together: the reason `Call` has a name.
    let calls: Vec<wx_endpoints::Call<'_, Nothing>> = vec![first.call(&client), second.call(&client)];
    assert_send(&calls[0]);
    assert!(format!("{:?}", calls[0]).contains("Nothing"));
    for call in calls {
        call.await.unwrap();
    }
}

#[test]
fn error_kinds_compare_format_and_describe_by_their_code() {
    let kind = NothingError::from_code(61014);
    assert_eq!(kind, NothingError::ComponentOnly);
    assert_eq!(format!("{kind:?}"), "ComponentOnly");
    assert_eq!(kind.to_string(), "needs the component token");
    let unknown = NothingError::from_code(42);
    assert_eq!(format!("{unknown:?}"), "Unknown(42)");
    assert_eq!(unknown.to_string(), "undocumented error code 42");
    assert!(!wx_endpoints::ApiErrorKind::is_documented(&unknown));
    // Equality is by code: an `Unknown` built by hand with a documented code is that variant.
    assert_eq!(NothingError::Unknown(61014), NothingError::ComponentOnly);
    assert_eq!(<NothingError as wx_endpoints::ApiErrorKind>::DOCS.len(), 1);
}

/// A POST that carries no credential.
#[wx_endpoint(path = "/test/open", credential = none)]
pub struct Open {
    pub x: u32,
}

/// A GET that carries no credential, only its fields.
#[wx_endpoint(path = "/test/open_get", method = GET, credential = none)]
pub struct OpenGet {
    pub a: String,
    pub b: Option<u32>,
}

async fn last_url(server: &MockServer) -> url::Url {
    server.received_requests().await.unwrap().pop().unwrap().url
}

#[tokio::test]
async fn urls_carry_exactly_the_credential_and_the_fields() {
    let server = MockServer::start().await;
    let ok = || ResponseTemplate::new(200).set_body_json(json!({"errcode": 0}));
    let client = client_for(&server);

    respond::<Open>(&server, ok()).await;
    Open { x: 1 }.call(&client).await.unwrap();
    let url = last_url(&server).await;
    assert_eq!((url.path(), url.query()), ("/test/open", None), "no credential, no fields: no '?'");

    respond::<OpenGet>(&server, ok()).await;
    OpenGet { a: "x y".into(), b: Some(2) }.call(&client).await.unwrap();
    assert_eq!(last_url(&server).await.query(), Some("a=x+y&b=2"));

    respond::<GetQuota>(&server, ok()).await;
    let _decode_error = GetQuota { cgi_path: "/c".into(), page: Some(3) }.call(&client).await; // no quota in the answer
    let query = format!("access_token={ACCESS_TOKEN}&cgi_path=%2Fc&page=3");
    assert_eq!(last_url(&server).await.query(), Some(query.as_str()), "the token, then the fields");
}
