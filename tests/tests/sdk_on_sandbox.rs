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
