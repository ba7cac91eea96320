//! The SDK against the sandbox: managed tokens, IM paging, and faults arriving as typed errors.

use futures_util::StreamExt;
use wx_endpoints::im::msg::MsgElement;
use wx_endpoints::im::official_account::{
    self, AddSubscriber, CreateOfficialAccount, SendOfficialAccountMsg, SubscriberId,
};
use wx_endpoints::wechat::basic_info::GetAccountBasicInfo;
use wx_endpoints::wechat::category::GetAllCategories;
use wx_endpoints::{Client, Error, ErrorClass, TransportErrorKind};
use wx_sandbox::{Fault, Sandbox};

fn app_client(sandbox: &Sandbox) -> Client {
    let c = sandbox.credentials();
    Client::builder()
        .wechat_base_url(sandbox.base_url())
        .im_base_url(sandbox.base_url())
        .app(c.app_appid.clone(), c.app_secret.clone())
        .im(c.im_sdkappid, c.im_admin.clone())
        .im_secret_key(c.im_key.clone())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_revoked_stable_token_is_force_refreshed_transparently() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = app_client(&sandbox);
    GetAccountBasicInfo.call(&client).await.unwrap();
    sandbox.control().revoke_all_tokens();
    GetAccountBasicInfo.call(&client).await.unwrap();
    assert_eq!(sandbox.control().hits("/cgi-bin/stable_token"), 2, "one fetch, one refresh");
    assert_eq!(
        sandbox.control().hits("/cgi-bin/account/getaccountbasicinfo"),
        3,
        "the call, the stale answer's retry"
    );
}

#[tokio::test]
async fn faults_arrive_as_typed_errors() {
    let sandbox = Sandbox::start().await.unwrap();
    let retrying = app_client(&sandbox);
    let path = "/cgi-bin/wxopen/getallcategories";
    GetAllCategories.call(&retrying).await.unwrap();
    let control = sandbox.control();
    // With the default policy a query survives a short bad spell...
    control.inject(Some(path), Fault::Errcode(-1), Some(1));
    control.inject(Some(path), Fault::HttpStatus(502), Some(1));
    GetAllCategories.call(&retrying).await.unwrap();
    assert_eq!(control.hits(path), 4);
    // ...and without retries every fault is a typed error.
    let client = retrying.with_retry(wx_endpoints::RetryPolicy::none());
    control.inject(Some(path), Fault::Errcode(-1), Some(1));
    let busy = GetAllCategories.call(&client).await.unwrap_err();
    assert_eq!((busy.class(), busy.is_retryable()), (ErrorClass::Busy, true));
    control.inject(Some(path), Fault::HttpStatus(502), Some(1));
    let Error::Transport(gateway) = GetAllCategories.call(&client).await.unwrap_err() else { panic!() };
    assert_eq!(gateway.kind(), TransportErrorKind::Status(502));
    control.inject(Some(path), Fault::Garbage, Some(1));
    assert!(matches!(GetAllCategories.call(&client).await.unwrap_err(), Error::Decode(_)));
    control.inject(Some(path), Fault::Truncated, Some(1));
    assert!(matches!(GetAllCategories.call(&client).await.unwrap_err(), Error::Decode(_)));
    control.inject(Some(path), Fault::Reset, Some(1));
    assert!(matches!(GetAllCategories.call(&client).await.unwrap_err(), Error::Transport(_)));
    GetAllCategories.call(&client).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn im_subscribers_page_through_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = app_client(&sandbox);
    let created =
        CreateOfficialAccount { owner_account: "owner".into(), name: "News".into(), ..Default::default() };
    let id = created.call(&client).await.unwrap().official_account_user_id;
    for batch in 0..5 {
        let subscribers = (0..100)
            .map(|i| SubscriberId { subscriber_account: format!("user{:03}", batch * 100 + i) })
            .collect();
        let outcome =
            AddSubscriber { official_account: id.clone(), subscribers }.call(&client).await.unwrap();
        assert!(outcome.subscribers.iter().all(|s| s.result == official_account::SubscriberResult::Done));
    }
    let all: Vec<_> =
        official_account::subscribers(&client, id.clone(), 200).map(Result::unwrap).collect().await;
    assert_eq!(all.len(), 500);
    assert_eq!(sandbox.control().hits("/v4/official_account_open_http_svc/get_subscriber_info"), 3);
    let sent = SendOfficialAccountMsg {
        official_account: id,
        random: 1,
        msg_body: vec![MsgElement::text("hi")],
        ..Default::default()
    };
    assert!(!sent.call(&client).await.unwrap().msg_key.is_empty());
}

fn text_of(body: &[MsgElement]) -> Vec<String> {
    body.iter()
        .map(|element| {
            serde_json::to_value(element).unwrap()["MsgContent"]["Text"].as_str().unwrap_or("").to_owned()
        })
        .collect()
}

#[tokio::test]
async fn im_accounts_messages_and_groups_are_kept_in_state() {
    use wx_endpoints::im::account::{AccountCheck, AccountDelete, AccountId, AccountImport, AccountStatus};
    use wx_endpoints::im::group::{
        AddGroupMember, AddMemberResult, CreateGroup, DestroyGroup, GetGroupInfo, GroupMsgGetSimple,
        GroupType, MemberAccount, SendGroupMsg,
    };
    use wx_endpoints::im::message::{AdminGetRoamMsg, AdminMsgWithdraw, BatchSendMsg, SendMsg, SendMsgError};

    let id = |user: &str| AccountId { user_id: user.into() };
    let sandbox = Sandbox::start().await.unwrap();
    let client = app_client(&sandbox);
    for user in ["alice", "bob", "carol"] {
        AccountImport { user_id: user.into(), nick: Some(format!("{user}!")), ..Default::default() }
            .call(&client)
            .await
            .unwrap();
    }
    let check = AccountCheck { check_item: vec![id("alice"), id("nobody")] };
    let statuses: Vec<_> =
        check.call(&client).await.unwrap().result_item.into_iter().map(|item| item.account_status).collect();
    assert_eq!(statuses, [Some(AccountStatus::Imported), Some(AccountStatus::NotImported)]);

    // One-to-one: sent, read back from either side, recalled.
    let send = |from: &str, to: &str, text: &str| SendMsg {
        from_account: Some(from.into()),
        to_account: to.into(),
        msg_random: 7,
        msg_body: vec![MsgElement::text(text)],
        ..Default::default()
    };
    let first = send("alice", "bob", "hello bob").call(&client).await.unwrap();
    send("bob", "alice", "hi alice").call(&client).await.unwrap();
    let missing = send("alice", "nobody", "?").call(&client).await.unwrap_err();
    assert_eq!(missing.code(), Some(90003));
    let history = |operator: &str| AdminGetRoamMsg {
        operator_account: operator.into(),
        peer_account: if operator == "bob" { "alice".into() } else { "bob".into() },
        max_cnt: 10,
        min_time: 0,
        max_time: i64::from(u32::MAX),
        last_msg_key: None,
    };
    let page = history("bob").call(&client).await.unwrap();
    assert_eq!((page.complete, page.msg_cnt), (1, 2));
    assert_eq!(text_of(&page.msg_list[1].msg_body), ["hello bob"], "newest first");
    assert_eq!(page.msg_list[1].msg_key, first.msg_key);
    let recall = AdminMsgWithdraw {
        from_account: "alice".into(),
        to_account: "bob".into(),
        msg_key: first.msg_key.clone(),
    };
    recall.clone().call(&client).await.unwrap();
    assert_eq!(recall.call(&client).await.unwrap_err().code(), Some(20023));
    let page = history("alice").call(&client).await.unwrap();
    assert_eq!(page.msg_list[1].msg_flag_bits, 8, "the recalled message is flagged");

    // Paging: one message a page, continuing from LastMsgKey.
    let mut one = history("alice");
    one.max_cnt = 1;
    let newest = one.clone().call(&client).await.unwrap();
    assert_eq!((newest.complete, text_of(&newest.msg_list[0].msg_body)), (0, vec!["hi alice".to_owned()]));
    one.last_msg_key = Some(newest.last_msg_key);
    let older = one.call(&client).await.unwrap();
    assert_eq!((older.complete, older.msg_list[0].msg_key.clone()), (1, first.msg_key));

    let batch = BatchSendMsg {
        from_account: Some("alice".into()),
        to_account: vec!["bob".into(), "carol".into(), "nobody".into()],
        msg_random: 9,
        msg_body: vec![MsgElement::text("to all")],
        ..Default::default()
    };
    let sent = batch.call(&client).await.unwrap();
    let failed: Vec<_> = sent.error_list.iter().map(|e| (e.to_account.clone(), e.error_code)).collect();
    assert_eq!(failed, [("nobody".to_owned(), Some(90012))]);
    assert!(matches!(missing.kind(), Some(SendMsgError::InvalidToAccount)));

    // Groups: created with members, written to, read, destroyed.
    let created =
        CreateGroup { owner_account: Some("alice".into()), ..CreateGroup::new(GroupType::Public, "Friends") }
            .call(&client)
            .await
            .unwrap();
    let group_id = created.group_id;
    let added = AddGroupMember {
        group_id: group_id.clone(),
        silence: None,
        member_list: vec![
            MemberAccount::new("bob"),
            MemberAccount::new("alice"),
            MemberAccount::new("nobody"),
        ],
    }
    .call(&client)
    .await
    .unwrap();
    let results: Vec<_> = added.member_list.iter().map(|m| m.result).collect();
    assert_eq!(results, [AddMemberResult::Added, AddMemberResult::AlreadyMember, AddMemberResult::Failed]);
    let say = |from: &str, text: &str| SendGroupMsg {
        group_id: group_id.clone(),
        random: 1,
        msg_body: vec![MsgElement::text(text)],
        from_account: Some(from.into()),
        ..Default::default()
    };
    let sent = say("bob", "hi group").call(&client).await.unwrap();
    assert_eq!(sent.msg_seq, 1);
    assert_eq!(say("carol", "let me in").call(&client).await.unwrap_err().code(), Some(10007));
    let info =
        GetGroupInfo { group_id_list: vec![group_id.clone()], response_filter: None }.call(&client).await;
    let info = info.unwrap().group_info.remove(0);
    assert_eq!(
        (info.name.as_deref(), info.member_num, info.next_msg_seq),
        (Some("Friends"), Some(2), Some(2))
    );
    let read = GroupMsgGetSimple { group_id: group_id.clone(), req_msg_number: 20, ..Default::default() };
    let messages = read.clone().call(&client).await.unwrap().rsp_msg_list;
    assert_eq!((messages.len(), messages[0].from_account.as_str()), (1, "bob"));
    DestroyGroup { group_id: group_id.clone() }.call(&client).await.unwrap();
    assert_eq!(read.call(&client).await.unwrap_err().code(), Some(10010));
    // Commands the sandbox keeps no state for say so, as IM does for an unknown command.
    let unkept = wx_endpoints::im::group::GetAppidGroupList::default().call(&client).await.unwrap_err();
    assert_eq!(unkept.code(), Some(60009));

    let deleted = AccountDelete { delete_item: vec![id("carol"), id("nobody")] };
    let codes: Vec<_> =
        deleted.call(&client).await.unwrap().result_item.iter().map(|item| item.failure()).collect();
    assert_eq!(codes, [None, Some(70107)]);
    assert!(!sandbox.control().im_account_exists("carol"));
}

/// The texts of a message, joined.
fn joined(body: &[MsgElement]) -> String {
    text_of(body).join("")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn im_messages_pass_through_the_apps_signed_callbacks() {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use wx_endpoints::im::account::AccountImport;
    use wx_endpoints::im::callback::{axum::route, ImCallbackRequest, ImCallbacks, ImEvent, Verdict};
    use wx_endpoints::im::group::{CreateGroup, GroupType, SendGroupMsg};
    use wx_endpoints::im::message::{AdminGetRoamMsg, SendMsg, SendMsgError};
    use wx_endpoints::im::CallbackAuth;
    use wx_sandbox::ImCallbackConfig;

    let sandbox = Sandbox::start().await.unwrap();
    let client = app_client(&sandbox);
    let callbacks = Arc::new(
        ImCallbacks::new(sandbox.credentials().im_sdkappid).authenticated(CallbackAuth::new("im-token")),
    );
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    let decide = move |request: ImCallbackRequest| {
        let log = log.clone();
        async move {
            let (command, text) = match &request.event {
                ImEvent::C2cBeforeSendMsg(m) => ("c2c before", joined(&m.msg_body)),
                ImEvent::C2cAfterSendMsg(m) => ("c2c after", joined(&m.msg_body)),
                ImEvent::GroupBeforeSendMsg(m) => ("group before", joined(&m.msg_body)),
                ImEvent::GroupAfterSendMsg(m) => ("group after", joined(&m.msg_body)),
                other => (other.command(), String::new()),
            };
            log.lock().unwrap().push(format!("{command}: {text}"));
            match (command, text.as_str()) {
                (_, "spam") => Verdict::Reject,
                (_, "drop") => Verdict::Discard,
                ("c2c before", "rude") => Verdict::RejectWith { code: 120001, info: "be nice".into() },
                ("c2c before", "edit me") => {
                    Verdict::Modify { msg_body: vec![MsgElement::text("edited")], cloud_custom_data: None }
                }
                _ => Verdict::Allow,
            }
        }
    };
    let app = axum::Router::new().route("/im", route(callbacks, decide));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/im", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let configure = |token: &str| {
        sandbox
            .control()
            .set_im_callback(Some(ImCallbackConfig { url: url.clone(), token: Some(token.into()) }))
            .unwrap()
    };
    configure("im-token");
    // "After" callbacks arrive in the background: wait for the log to hold `count` lines.
    let settled = |count: usize| {
        let seen = seen.clone();
        async move {
            for _ in 0..500 {
                if seen.lock().unwrap().len() >= count {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            std::mem::take(&mut *seen.lock().unwrap())
        }
    };

    for user in ["alice", "bob"] {
        AccountImport { user_id: user.into(), ..Default::default() }.call(&client).await.unwrap();
    }
    let send = |text: &str| SendMsg {
        from_account: Some("alice".into()),
        to_account: "bob".into(),
        msg_random: 1,
        msg_body: vec![MsgElement::text(text)],
        ..Default::default()
    };
    send("edit me").call(&client).await.unwrap();
    assert_eq!(settled(2).await, ["c2c before: edit me", "c2c after: edited"]);

    let refused = send("spam").call(&client).await.unwrap_err();
    assert!(matches!(refused.kind(), Some(SendMsgError::ForbiddenByCallback)), "{refused:?}");
    let custom = send("rude").call(&client).await.unwrap_err();
    assert_eq!(custom.code(), Some(120001));
    assert!(custom.to_string().contains("be nice"), "{custom}");
    send("drop").call(&client).await.unwrap();
    assert_eq!(settled(3).await, ["c2c before: spam", "c2c before: rude", "c2c before: drop"], "no after");

    let history = AdminGetRoamMsg {
        operator_account: "bob".into(),
        peer_account: "alice".into(),
        max_cnt: 10,
        min_time: 0,
        max_time: i64::from(u32::MAX),
        last_msg_key: None,
    };
    let stored: Vec<_> =
        history.call(&client).await.unwrap().msg_list.iter().map(|m| joined(&m.msg_body)).collect();
    assert_eq!(stored, ["edited"], "only the allowed message, as the callback modified it");

    let group =
        CreateGroup { owner_account: Some("alice".into()), ..CreateGroup::new(GroupType::Public, "G") };
    let group_id = group.call(&client).await.unwrap().group_id;
    settled(1).await;
    let say = |text: &str| SendGroupMsg {
        group_id: group_id.clone(),
        random: 1,
        msg_body: vec![MsgElement::text(text)],
        from_account: Some("alice".into()),
        ..Default::default()
    };
    assert_eq!(say("spam").call(&client).await.unwrap_err().code(), Some(10016));
    say("hello").call(&client).await.unwrap();
    assert_eq!(settled(3).await, ["group before: spam", "group before: hello", "group after: hello"]);

    // A wrong token: the app refuses the callback unseen, and the backend's default policy
    // delivers the message. The "before" callback is answered before the send returns.
    configure("wrong-token");
    let sent_before = sandbox.control().im_callbacks_sent();
    send("spam").call(&client).await.unwrap();
    assert!(sandbox.control().im_callbacks_sent() > sent_before);
    assert!(seen.lock().unwrap().is_empty(), "the route refused the forged callback");
}

/// The platform's two push URLs served as the README shows, on loopback; `log` receives each new
/// push the app is asked about.
async fn serve_platform(
    sandbox: &Sandbox,
    client: &Client,
) -> (String, String, tokio::sync::mpsc::UnboundedReceiver<wx_endpoints::push::Push>) {
    use std::sync::Arc;
    use wx_endpoints::callback::{CallbackHandler, MsgCrypt};
    use wx_endpoints::push::{axum::routes, Answer, PushHandler};

    let c = sandbox.credentials();
    let crypt =
        MsgCrypt::new(c.callback_token.clone(), &c.encoding_aes_key, c.component_appid.clone()).unwrap();
    let component = Arc::new(CallbackHandler::new(crypt.clone(), client.tokens().unwrap().clone()));
    let pushes = Arc::new(PushHandler::new(crypt, client.clone()));
    let (log, pushed) = tokio::sync::mpsc::unbounded_channel();
    let app = routes(component, pushes, move |push| {
        let log = log.clone();
        async move {
            let _ = log.send(push);
            Answer::Nothing
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/wechat", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, axum::Router::new().nest("/wechat", app)).await });
    (format!("{base}/component"), format!("{base}/$APPID$/callback"), pushed)
}

fn component_client(sandbox: &Sandbox) -> Client {
    let c = sandbox.credentials();
    Client::builder()
        .wechat_base_url(sandbox.base_url())
        .component(c.component_appid.clone(), c.component_secret.clone())
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_release_check_passes_out_of_the_box() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = component_client(&sandbox);
    let (component_url, message_url, mut pushed) = serve_platform(&sandbox, &client).await;
    let cases = sandbox.control().play_release_check(&component_url, &message_url).await;
    assert_eq!(cases.len(), 5);
    for case in &cases {
        assert!(case.passed, "{}: {}", case.name, case.detail);
    }
    assert!(pushed.try_recv().is_err(), "the test accounts' pushes never reach the app");
    let (sender, body) = sandbox.control().customer_messages().remove(0);
    assert!(sender.starts_with("wx") && body["text"]["content"].as_str().unwrap().ends_with("_from_api"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_submitted_version_s_review_result_arrives_typed() {
    use std::time::Duration;
    use wx_endpoints::push::{Event, PushKind};
    use wx_endpoints::wechat::code::SubmitAudit;

    let sandbox = Sandbox::start().await.unwrap();
    let client = component_client(&sandbox);
    let (component_url, message_url, mut pushed) = serve_platform(&sandbox, &client).await;
    sandbox.control().set_message_url(Some(message_url)).unwrap();
    let merchant = sandbox.credentials().merchants[0].appid.clone();
    assert!(sandbox.control().push_ticket(&component_url).await.succeeded());
    sandbox.control().push_authorized(&component_url, &merchant).await.unwrap();
    SubmitAudit::default().call(&client.authorizer(merchant.clone())).await.unwrap();
    let push = tokio::time::timeout(Duration::from_secs(5), pushed.recv()).await.unwrap().unwrap();
    assert_eq!(push.authorizer_appid, merchant);
    assert!(matches!(push.kind, PushKind::Event(Event::WeappAuditSuccess { succ_time }) if succ_time > 0));
}
