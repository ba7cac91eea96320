//! Tencent IM on loopback: request line and bodies of the official-account commands, envelopes with
//! and without ErrorInfo, per-item results, paging, the generated admin UserSig (renewed once on
//! 70001), backup-domain failover, and the rate limiter under a burst.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use wx_endpoints::im::msg::MsgElement;
use wx_endpoints::im::official_account::*;
use wx_endpoints::im::usersig;
use wx_endpoints::token::ManualClock;
use wx_endpoints::{
    ApiFamily, Client, ClientBuilder, CredentialRequest, CredentialSource, Error, ErrorClass, Secret,
};
use wx_tests::refill_coop_budget;

const SDKAPPID: u64 = 1400000000;
const ADMIN: &str = "administrator";
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const PREFIX: &str = "/v4/official_account_open_http_svc/";

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder().im_base_url(server.uri()).im(SDKAPPID, ADMIN).im_secret_key(KEY)
}

fn ok(payload: Value) -> ResponseTemplate {
    let mut body = json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0});
    body.as_object_mut().unwrap().extend(payload.as_object().cloned().unwrap_or_default());
    ResponseTemplate::new(200).set_body_json(body)
}

async fn mount(server: &MockServer, command: &str, response: ResponseTemplate) {
    Mock::given(method("POST"))
        .and(path(format!("{PREFIX}{command}")))
        .respond_with(response)
        .mount(server)
        .await;
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

#[tokio::test]
async fn request_lines_carry_a_generated_usersig_and_a_fresh_random() {
    let server = MockServer::start().await;
    mount(&server, "destroy_official_account", ok(json!({}))).await;
    let client = builder(&server).build().unwrap();
    for _ in 0..3 {
        DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&client).await.unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    let mut randoms = std::collections::HashSet::new();
    for request in &requests {
        let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        let keys: Vec<&str> = query.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["sdkappid", "identifier", "usersig", "random", "contenttype"]);
        assert_eq!(
            (query[0].1.as_str(), query[1].1.as_str(), query[4].1.as_str()),
            ("1400000000", ADMIN, "json")
        );
        usersig::verify(&query[2].1, SDKAPPID, &Secret::from(KEY), ADMIN, now_s(), None)
            .expect("a valid UserSig");
        randoms.insert(query[3].1.parse::<u32>().expect("random is a u32"));
    }
    assert_eq!(randoms.len(), 3, "random differs across calls");
    let usersigs: std::collections::HashSet<_> = requests
        .iter()
        .map(|r| r.url.query_pairs().find(|(k, _)| k == "usersig").unwrap().1.into_owned())
        .collect();
    assert_eq!(usersigs.len(), 1, "the UserSig is cached");
}

fn now_s() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

#[tokio::test]
async fn bodies_match_the_documents() {
    let server = MockServer::start().await;
    mount(&server, "get_subscriber_info", ok(json!({"Next": "", "SubscriberNum": 0, "SubscriberList": []})))
        .await;
    mount(&server, "create_official_account", ok(json!({"OfficialAccountUserID": "@TOA#_new"}))).await;
    mount(&server, "add_subscriber", ok(json!({"SubscriberList": []}))).await;
    mount(&server, "send_official_account_msg", ok(json!({"MsgTime": 1700000000, "MsgKey": "k1"}))).await;
    let client = builder(&server).build().unwrap();

    let page = GetSubscriberInfo {
        official_account: "@TOA#_test_for_penn".into(),
        limit: Some(50),
        next: String::new(),
    };
    page.call(&client).await.unwrap();
    let created =
        CreateOfficialAccount { owner_account: "owner".into(), name: "news".into(), ..Default::default() };
    assert_eq!(created.call(&client).await.unwrap().official_account_user_id, "@TOA#_new");
    let add = AddSubscriber {
        official_account: "@TOA#_a".into(),
        subscribers: vec![SubscriberId { subscriber_account: "u1".into() }],
    };
    add.call(&client).await.unwrap();
    let send = SendOfficialAccountMsg {
        official_account: "@TOA#_a".into(),
        random: 7,
        msg_body: vec![MsgElement::text("hi")],
        ..Default::default()
    };
    assert_eq!(send.call(&client).await.unwrap().msg_key, "k1");
    assert_eq!(
        bodies(&server).await,
        [
            json!({"Official_Account": "@TOA#_test_for_penn", "Limit": 50, "Next": ""}),
            json!({"Owner_Account": "owner", "Name": "news"}),
            json!({"Official_Account": "@TOA#_a", "SubscriberList": [{"Subscriber_Account": "u1"}]}),
            json!({"Official_Account": "@TOA#_a", "Random": 7, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}),
        ]
    );
}

#[tokio::test]
async fn limits_are_checked_before_sending() {
    let server = MockServer::start().await;
    let client = builder(&server).build().unwrap();
    let accounts = (0..51).map(|i| AccountId { official_account: format!("@TOA#_{i}") }).collect();
    let error = GetOfficialAccountInfo { accounts, filter: None }.call(&client).await.unwrap_err();
    assert!(matches!(&error, Error::Invalid(i) if i.field() == "OfficialAccountIdList"), "{error}");
    let subscribers = (0..101).map(|i| SubscriberId { subscriber_account: format!("u{i}") }).collect();
    let error =
        AddSubscriber { official_account: "@TOA#_a".into(), subscribers }.call(&client).await.unwrap_err();
    assert!(matches!(&error, Error::Invalid(i) if i.field() == "SubscriberList"), "{error}");
    let keys = (0..11).map(|i| format!("k{i}")).collect();
    let recall =
        RecallOfficialAccountMsg { official_account: "@TOA#_a".into(), msg_key_list: keys, reason: None };
    assert!(matches!(recall.call(&client).await.unwrap_err(), Error::Invalid(_)));
    let wrong_prefix = DestroyOfficialAccount { official_account: "TOA_a".into() };
    assert!(matches!(wrong_prefix.call(&client).await.unwrap_err(), Error::Invalid(_)));
    let long_name =
        CreateOfficialAccount { owner_account: "o".into(), name: "名".repeat(51), ..Default::default() };
    assert!(matches!(long_name.call(&client).await.unwrap_err(), Error::Invalid(_)));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn envelopes_with_and_without_error_info_and_per_item_results() {
    let server = MockServer::start().await;
    let client = builder(&server).build().unwrap();
    // A failure without ErrorInfo.
    mount(
        &server,
        "destroy_official_account",
        ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "FAIL", "ErrorCode": 130004})),
    )
    .await;
    let error =
        DestroyOfficialAccount { official_account: "@TOA#_gone".into() }.call(&client).await.unwrap_err();
    assert_eq!(
        error.kind(),
        Some(DestroyOfficialAccountError::OfficialAccountError(OfficialAccountError::AccountNotFound))
    );
    // A success without ErrorInfo, with per-item results.
    let outcomes = json!({"ActionStatus": "OK", "ErrorCode": 0, "SubscriberList": [
        {"Subscriber_Account": "u1", "Result": 1}, {"Subscriber_Account": "u2", "Result": 2},
        {"Subscriber_Account": "u3", "Result": 0}, {"Subscriber_Account": "u4", "Result": 9}]});
    mount(&server, "add_subscriber", ResponseTemplate::new(200).set_body_json(outcomes)).await;
    let subscribers =
        ["u1", "u2", "u3", "u4"].map(|u| SubscriberId { subscriber_account: u.into() }).to_vec();
    let results =
        AddSubscriber { official_account: "@TOA#_a".into(), subscribers }.call(&client).await.unwrap();
    let results: Vec<SubscriberResult> = results.subscribers.iter().map(|s| s.result).collect();
    assert_eq!(
        results,
        [
            SubscriberResult::Done,
            SubscriberResult::Unchanged,
            SubscriberResult::Failed,
            SubscriberResult::Unknown(9)
        ]
    );
    // Per-item envelopes of a lookup.
    let info = ok(json!({"OfficialAccountInfoList": [
        {"Official_Account": "@TOA#_a", "ErrorCode": 0, "Name": "A", "SubscriberNum": 3},
        {"Official_Account": "@TOA#_x", "ErrorCode": 130004, "ErrorInfo": "not exist"}]}));
    mount(&server, "get_official_account_info", info).await;
    let accounts = ["@TOA#_a", "@TOA#_x"].map(|a| AccountId { official_account: a.into() }).to_vec();
    let list = GetOfficialAccountInfo { accounts, filter: None }.call(&client).await.unwrap().accounts;
    assert_eq!(
        (list[0].failure(), list[0].name.as_deref(), list[0].subscriber_num),
        (None, Some("A"), Some(3))
    );
    assert_eq!(list[1].failure(), Some(130004));
    // Common codes are classified for every IM endpoint.
    mount(
        &server,
        "modify_subscriber_info",
        ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "FAIL", "ErrorCode": 60008})),
    )
    .await;
    let modify = ModifySubscriberInfo {
        official_account: "@TOA#_a".into(),
        subscriber_account: "u".into(),
        custom_string: None,
    };
    let error = modify.call(&client).await.unwrap_err();
    assert_eq!((error.class(), error.is_retryable()), (ErrorClass::Busy, true));
}

/// Pages of 2 subscribers until `Next` is empty; flags as strings, one unknown.
struct Pages(Mutex<VecDeque<Value>>);

impl Respond for Pages {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(
            self.0.lock().unwrap().pop_front().unwrap_or(json!({"ActionStatus": "FAIL", "ErrorCode": 6017})),
        )
    }
}

#[tokio::test]
async fn subscribers_stream_follows_next_until_empty() {
    let server = MockServer::start().await;
    let subscriber = |name: &str, flag: &str| json!({"Subscriber_Account": name, "SubscribeTime": 1, "CustomString": "", "MsgFlag": flag, "LastSendMsgTime": 2});
    let pages = vec![
        json!({"ActionStatus": "OK", "ErrorCode": 0, "Next": "c1", "SubscriberNum": 5, "SubscriberList": [subscriber("a", "AcceptAndNotify"), subscriber("b", "Discard")]}),
        json!({"ActionStatus": "OK", "ErrorCode": 0, "Next": "c2", "SubscriberNum": 5, "SubscriberList": [subscriber("c", "AcceptNotNotify"), subscriber("d", "SomethingNew")]}),
        json!({"ActionStatus": "OK", "ErrorCode": 0, "Next": "", "SubscriberNum": 5, "SubscriberList": [subscriber("e", "AcceptAndNotify")]}),
    ];
    Mock::given(path(format!("{PREFIX}get_subscriber_info")))
        .respond_with(Pages(Mutex::new(pages.into())))
        .mount(&server)
        .await;
    let client = builder(&server).build().unwrap();
    let all: Vec<Subscriber> = subscribers(&client, "@TOA#_a", 2).map(Result::unwrap).collect().await;
    let names: Vec<&str> = all.iter().map(|s| s.subscriber_account.as_str()).collect();
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    assert_eq!(all[3].msg_flag, Some(MsgFlag::Unknown("SomethingNew".into())));
    assert_eq!(all[1].msg_flag, Some(MsgFlag::Discard));
    let nexts: Vec<Value> = bodies(&server).await.iter().map(|b| b["Next"].clone()).collect();
    assert_eq!(nexts, [json!(""), json!("c1"), json!("c2")]);
}

#[tokio::test]
async fn an_expired_usersig_is_regenerated_once() {
    let server = MockServer::start().await;
    let expired = ResponseTemplate::new(200)
        .set_body_json(json!({"ActionStatus": "FAIL", "ErrorCode": 70001, "ErrorInfo": "usersig expired"}));
    mount(&server, "destroy_official_account", expired).await;
    let clock = ManualClock::new(1_700_000_000_000);
    let client = builder(&server).clock(clock.clone()).build().unwrap();
    let first = client.tokens().unwrap().credential(CredentialRequest::ImAdmin).await.unwrap();
    clock.advance(1_000);
    let error =
        DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&client).await.unwrap_err();
    assert_eq!(error.code(), Some(70001));
    let sigs: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.query_pairs().find(|(k, _)| k == "usersig").unwrap().1.into_owned())
        .collect();
    assert_eq!(sigs.len(), 2, "one regeneration, one retry, never a loop");
    assert_eq!(sigs[0], first.expose());
    assert_ne!(sigs[1], sigs[0], "the retry carries a new UserSig");

    // Renewed ahead of expiry (24 h validity, 5 min margin).
    let tokens = client.tokens().unwrap();
    let current = tokens.credential(CredentialRequest::ImAdmin).await.unwrap();
    clock.advance(24 * 3600 * 1000 - 301_000);
    assert_eq!(tokens.credential(CredentialRequest::ImAdmin).await.unwrap(), current);
    clock.advance(2_000);
    assert_ne!(tokens.credential(CredentialRequest::ImAdmin).await.unwrap(), current);
}

#[tokio::test]
async fn a_refused_primary_domain_fails_over_to_the_backup_once() {
    let backup = MockServer::start().await;
    mount(&backup, "destroy_official_account", ok(json!({}))).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = Client::builder()
        .im_base_url(format!("http://127.0.0.1:{closed}"))
        .im_backup_base_url(backup.uri())
        .im(SDKAPPID, ADMIN)
        .im_secret_key(KEY)
        .build()
        .unwrap();
    DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&client).await.unwrap();
    assert_eq!(backup.received_requests().await.unwrap().len(), 1);

    // Without a backup the connect error is returned, typed and retryable.
    let alone = Client::builder()
        .im_base_url(format!("http://127.0.0.1:{closed}"))
        .im(SDKAPPID, ADMIN)
        .im_secret_key(KEY);
    let error = DestroyOfficialAccount { official_account: "@TOA#_a".into() }
        .call(&alone.build().unwrap())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)) && error.is_retryable());
}

/// A server enforcing 200 calls per second with a token bucket; 60007 beyond it.
struct Enforcer {
    bucket: Mutex<(f64, Instant)>,
    rejected: Arc<Mutex<usize>>,
}

impl Respond for Enforcer {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut bucket = self.bucket.lock().unwrap();
        let now = Instant::now();
        bucket.0 = (bucket.0 + now.duration_since(bucket.1).as_secs_f64() * 200.0).min(200.0);
        bucket.1 = now;
        if bucket.0 >= 1.0 {
            bucket.0 -= 1.0;
            ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "OK", "ErrorCode": 0}))
        } else {
            *self.rejected.lock().unwrap() += 1;
            ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "FAIL", "ErrorCode": 60007}))
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_1000_calls_queues_instead_of_hitting_60007() {
    let server = MockServer::start().await;
    let rejected = Arc::new(Mutex::new(0));
    let enforcer = Enforcer { bucket: Mutex::new((200.0, Instant::now())), rejected: rejected.clone() };
    Mock::given(path(format!("{PREFIX}destroy_official_account")))
        .respond_with(enforcer)
        .mount(&server)
        .await;
    let client = builder(&server).build().unwrap();
    client.tokens().unwrap().credential(CredentialRequest::ImAdmin).await.unwrap();
    let started = Instant::now();
    let calls: Vec<_> = (0..1000)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&client).await
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("no 60007");
    }
    assert_eq!(*rejected.lock().unwrap(), 0);
    // 1,000 calls at 200/s with a burst of 20 take about 4.9 s: the limiter queued them.
    assert!(started.elapsed() >= Duration::from_millis(4500), "{:?}", started.elapsed());
    refill_coop_budget().await;
}

#[tokio::test]
async fn without_the_limiter_the_same_burst_is_refused() {
    let server = MockServer::start().await;
    let rejected = Arc::new(Mutex::new(0));
    let enforcer = Enforcer { bucket: Mutex::new((200.0, Instant::now())), rejected: rejected.clone() };
    Mock::given(path(format!("{PREFIX}destroy_official_account")))
        .respond_with(enforcer)
        .mount(&server)
        .await;
    let client = builder(&server).rate_limit(ApiFamily::TencentIm, None).build().unwrap();
    let calls: Vec<_> = (0..400)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                DestroyOfficialAccount { official_account: "@TOA#_a".into() }.call(&client).await
            })
        })
        .collect();
    let mut rate_limited = 0;
    for call in calls {
        if let Err(e) = call.await.unwrap() {
            assert_eq!(e.class(), ErrorClass::RateLimited);
            rate_limited += 1;
        }
    }
    assert!(rate_limited > 0, "the enforcing server does refuse bursts");
    refill_coop_budget().await;
}

/// One command through success, failure with and without ErrorInfo, and an undocumented code.
async fn exercise<E>(request: E, payload: Value)
where
    E: wx_endpoints::Endpoint,
    E::Response: std::fmt::Debug,
{
    use wx_endpoints::ApiErrorKind;
    let server = MockServer::start().await;
    // The error mapping is under test, not the retries (busy codes would be retried for seconds).
    let client = builder(&server).retry(wx_endpoints::RetryPolicy::none()).build().unwrap();
    let respond = |body: Value| async {
        server.reset().await;
        Mock::given(method("POST"))
            .and(path(E::PATH))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    };
    let mut success = json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0});
    success.as_object_mut().unwrap().extend(payload.as_object().cloned().unwrap_or_default());
    respond(success).await;
    client.call(&request).await.unwrap_or_else(|e| panic!("{}: {e}", E::NAME));
    let sent = &server.received_requests().await.unwrap()[0];
    assert!(sent.url.path().starts_with(PREFIX) && sent.url.path().ends_with(E::NAME), "{}", sent.url.path());
    serde_json::from_slice::<serde_json::Map<String, Value>>(&sent.body).expect("a JSON object body");
    for doc in E::ERRORS {
        respond(json!({"ActionStatus": "FAIL", "ErrorInfo": "why", "ErrorCode": doc.code})).await;
        let error = client.call(&request).await.unwrap_err();
        assert_eq!(error.kind().map(|k| k.code()), Some(doc.code), "{}", E::NAME);
        respond(json!({"ActionStatus": "FAIL", "ErrorCode": doc.code})).await;
        assert_eq!(client.call(&request).await.unwrap_err().code(), Some(doc.code), "without ErrorInfo");
    }
    respond(json!({"ActionStatus": "FAIL", "ErrorCode": 91234, "ErrorInfo": "new"})).await;
    let error = client.call(&request).await.unwrap_err();
    assert_eq!(error.kind().map(|k| k.is_documented()), Some(false));
}

#[tokio::test]
async fn every_official_account_command_speaks_the_envelope() {
    let account = || "@TOA#_a".to_owned();
    exercise(
        CreateOfficialAccount { owner_account: "o".into(), name: "n".into(), ..Default::default() },
        json!({"OfficialAccountUserID": "@TOA#_a"}),
    )
    .await;
    exercise(DestroyOfficialAccount { official_account: account() }, json!({})).await;
    exercise(ModifyOfficialAccountBaseInfo { official_account: account(), ..Default::default() }, json!({}))
        .await;
    exercise(
        GetOfficialAccountInfo { accounts: vec![AccountId { official_account: account() }], filter: None },
        json!({}),
    )
    .await;
    exercise(GetSubscriberInfo { official_account: account(), limit: None, next: String::new() }, json!({}))
        .await;
    exercise(
        AddSubscriber {
            official_account: account(),
            subscribers: vec![SubscriberId { subscriber_account: "u".into() }],
        },
        json!({}),
    )
    .await;
    exercise(DeleteSubscriber { official_account: account(), subscribers: vec!["u".into()] }, json!({}))
        .await;
    exercise(
        ModifySubscriberInfo {
            official_account: account(),
            subscriber_account: "u".into(),
            custom_string: None,
        },
        json!({}),
    )
    .await;
    exercise(
        GetSubscribedOfficialAccountList { subscriber_account: "u".into(), ..Default::default() },
        json!({}),
    )
    .await;
    exercise(
        SendOfficialAccountMsg {
            official_account: account(),
            random: 1,
            msg_body: vec![MsgElement::text("x")],
            ..Default::default()
        },
        json!({}),
    )
    .await;
    exercise(
        RecallOfficialAccountMsg {
            official_account: account(),
            msg_key_list: vec!["k".into()],
            reason: None,
        },
        json!({}),
    )
    .await;
    exercise(GetOfficialAccountMsgs { official_account: account(), ..Default::default() }, json!({})).await;
}
