//! The demo: the whole third-party platform flow against the embedded sandbox, then the typed
//! errors a user meets, then Tencent IM.
//!
//! ```sh
//! cargo run -p wx-endpoints --example demo
//! ```

use std::sync::Arc;

use wx_endpoints::callback::{CallbackHandler, MsgCrypt};
use wx_endpoints::im::account::AccountImport;
use wx_endpoints::im::callback::axum::route as im_route;
use wx_endpoints::im::callback::{ImCallbackRequest, ImCallbacks, ImEvent, Verdict};
use wx_endpoints::im::message::{AdminGetRoamMsg, SendMsg, SendMsgError};
use wx_endpoints::im::msg::MsgElement;
use wx_endpoints::im::official_account::{
    CreateOfficialAccount, ModifyOfficialAccountBaseInfo, ModifyOfficialAccountBaseInfoError,
    OfficialAccountError,
};
use wx_endpoints::im::{usersig, CallbackAuth};
use wx_endpoints::push::axum::routes;
use wx_endpoints::push::{Answer, Event, PushHandler, PushKind};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSearchStatusError, SetSignature};
use wx_endpoints::wechat::category::{Certificate, ModifyCategory};
use wx_endpoints::wechat::code::SubmitAudit;
use wx_endpoints::wechat::login::ThirdpartyCode2Session;
use wx_endpoints::wechat::store::ModifyWxaStore;
use wx_endpoints::{AuthType, Client, CredentialRequest, CredentialSource, Error, ErrorClass, Secret};
use wx_sandbox::{Authorization, ImCallbackConfig, Samples, Sandbox, SandboxConfig};

/// The documents' response samples for the sandbox: `WX_SANDBOX_SAMPLES`, else the golden corpus
/// beside the workspace (never copied into it); without either, endpoints without behaviour of their
/// own answer a bare success.
fn documented_samples() -> Option<Arc<Samples>> {
    let loaded = Samples::from_env().or_else(|| {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/api-docs/golden/wechat-endpoints.json");
        corpus.exists().then(|| Samples::load(&corpus))
    });
    match loaded {
        Some(Ok(samples)) => Some(Arc::new(samples)),
        Some(Err(e)) => {
            println!("(sandbox without documented samples: {e})");
            None
        }
        None => {
            println!("(sandbox without documented samples: set WX_SANDBOX_SAMPLES to the golden corpus)");
            None
        }
    }
}

fn step(title: &str) {
    println!("\n== {title}");
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // RUST_LOG=info shows each call's `wx.call` span (RUST_LOG=debug: retries and renewals too).
    wx_sandbox::init_logging("off");
    let sandbox =
        Sandbox::start_with(SandboxConfig { samples: documented_samples(), ..Default::default() }, 0).await?;
    let credentials = sandbox.credentials().clone();
    let merchant_appid = credentials.merchants[0].appid.clone();
    let limited_appid = credentials.merchants[1].appid.clone();
    println!("sandbox (a fake WeChat + Tencent IM) on {}", sandbox.base_url());

    let client = Client::builder()
        .wechat_base_url(sandbox.base_url())
        .im_base_url(sandbox.base_url())
        .component(credentials.component_appid.clone(), credentials.component_secret.clone())
        .im(credentials.im_sdkappid, credentials.im_admin.clone())
        .im_secret_key(credentials.im_key.clone())
        .build()?;
    let tokens = client.tokens().expect("managed tokens").clone();

    // The platform's two push URLs (authorization events; the merchants' messages and events),
    // served on loopback like in production.
    let crypt = MsgCrypt::new(
        credentials.callback_token.clone(),
        &credentials.encoding_aes_key,
        credentials.component_appid.clone(),
    )?;
    let handler = Arc::new(CallbackHandler::new(crypt.clone(), tokens.clone()));
    let pushes = Arc::new(PushHandler::new(crypt, client.clone()));
    let (pushed, mut arrived) = tokio::sync::mpsc::unbounded_channel();
    let merchant_pushes = routes(handler, pushes, move |push| {
        let pushed = pushed.clone();
        async move {
            let _ = pushed.send(push);
            Answer::Nothing
        }
    });
    // And the IM callback URL: Tencent IM asks the app before each message is sent.
    let im_callbacks =
        Arc::new(ImCallbacks::new(credentials.im_sdkappid).authenticated(CallbackAuth::new(IM_TOKEN)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let callback_url = format!("http://{}/wechat/component", listener.local_addr()?);
    let message_url = format!("http://{}/wechat/$APPID$/callback", listener.local_addr()?);
    let im_callback_url = format!("http://{}/im/callback", listener.local_addr()?);
    let app = axum::Router::new()
        .nest("/wechat", merchant_pushes)
        .route("/im/callback", im_route(im_callbacks, refuse_spam));
    tokio::spawn(async move { axum::serve(listener, app).await });
    sandbox.control().set_message_url(Some(message_url.clone()))?;
    sandbox
        .control()
        .set_im_callback(Some(ImCallbackConfig { url: im_callback_url, token: Some(IM_TOKEN.into()) }))?;

    step("1. ticket push: WeChat sends the component_verify_ticket, encrypted, every 10 minutes");
    sandbox.control().set_component_callback_url(Some(callback_url.clone()))?;
    let ticket = sandbox.control().push_ticket_now().await?;
    println!(
        "callback answered {} {:?}; the ticket is stored with its 12 h validity",
        ticket.status.unwrap_or_default(),
        ticket.answer
    );

    step("2. component token, from the ticket");
    tokens.credential(CredentialRequest::Component).await?;
    println!("component_access_token obtained (never printed: tokens are Secret)");

    step("3. pre-auth code and the authorization page");
    let code = tokens.pre_auth_code().await?;
    let url = tokens.authorization_url(
        &code.pre_auth_code,
        "https://platform.example/authorized",
        AuthType::MiniProgram,
    )?;
    println!("send the merchant to {}…", &url[..url.find("pre_auth_code").unwrap_or(url.len())]);

    step("4. authorization: the merchant agrees; WeChat pushes `authorized`");
    let authorization = Authorization {
        authorizer_appid: merchant_appid.clone(),
        pre_auth_code: Some(code.pre_auth_code.expose().to_owned()),
        granted: None,
    };
    let authorized = sandbox.control().authorize(authorization).await?;
    let push = authorized.push.unwrap_or_else(|| unreachable!("the component URL is set"));
    let granted = tokens.granted(&merchant_appid).await?.unwrap_or_default();
    println!(
        "`{}` for our pre-auth code: callback answered {} {:?}; {merchant_appid} granted permission sets {granted:?}",
        authorized.info_type,
        push.status.unwrap_or_default(),
        push.answer
    );

    step("5. authorizer token: from api_query_auth now, from the stored refresh token later");
    tokens.credential(CredentialRequest::Authorizer { appid: &merchant_appid }).await?;
    println!("authorizer_access_token ready for {merchant_appid}");

    step("6. the five documented calls");
    let merchant = client.authorizer(merchant_appid.clone());
    SetSignature { signature: "为商户提供有趣的服务".into() }.call(&merchant).await?;
    println!("setSignature: ok");
    ModifyWxaStore { headimg_mediaid: String::new(), intro: Some("修改的内容".into()) }
        .call(&merchant)
        .await?;
    println!("modifywxastore: ok");
    let certificate = Certificate {
        key: "intermediary business permit".into(),
        value: "MEDIA_ID".into(),
        ..Default::default()
    };
    ModifyCategory { first: 8, second: 39, certificates: vec![certificate] }.call(&merchant).await?;
    println!("modifyCategory: ok (the rejected category's qualifications were replaced)");
    SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await?;
    println!("setSearchStatus: ok");
    let account =
        CreateOfficialAccount { owner_account: "owner".into(), name: "News".into(), ..Default::default() }
            .call(&client)
            .await?;
    let id = account.official_account_user_id;
    ModifyOfficialAccountBaseInfo {
        official_account: id.clone(),
        introduction: Some("Daily news".into()),
        ..Default::default()
    }
    .call(&client)
    .await?;
    println!("modify_official_account_base_info: ok ({id})");

    step("6b. a user logs in to the merchant's Mini Program (wx.login, then jscode2session by the platform)");
    let js_code = sandbox.control().login(&merchant_appid, "alice");
    let session = ThirdpartyCode2Session {
        appid: merchant_appid.clone(),
        grant_type: "authorization_code".into(),
        component_appid: credentials.component_appid.clone(),
        js_code: js_code.clone(),
    };
    let opened = session.call(&client).await?;
    println!("user {} logged in; session_key kept on the server: {:?}", opened.openid, opened.session_key);
    match session.call(&client).await {
        Err(Error::Api { kind, .. }) => {
            println!(
                "the same code again: error {} (`{kind:?}`: codes the page does not list stay typed)",
                kind.code()
            )
        }
        other => println!("unexpected: {other:?}"),
    }

    step("6c. pushes: a review result arrives typed, and WeChat's release check passes");
    SubmitAudit::default().call(&client.authorizer(merchant_appid.clone())).await?;
    match tokio::time::timeout(std::time::Duration::from_secs(5), arrived.recv()).await {
        Ok(Some(push)) => match push.kind {
            PushKind::Event(event @ Event::WeappAuditSuccess { .. }) => {
                println!("{} for {}: {event:?}", event.name(), push.authorizer_appid)
            }
            other => println!("unexpected push: {other:?}"),
        },
        _ => println!("no review result arrived"),
    }
    let cases = sandbox.control().play_release_check(&callback_url, &message_url).await;
    for case in &cases {
        println!("release check, {}: {}", case.name, if case.passed { "passed" } else { "FAILED" });
    }
    let passed = cases.iter().filter(|case| case.passed).count();
    println!("release check: {passed} of {} cases passed", cases.len());

    step("7. typed errors, as you meet them");
    let short = SetSignature { signature: "短".into() }.call(&merchant).await.unwrap_err();
    println!("validation: {short} (nothing was sent)");

    sandbox.control().ban_search(&merchant_appid, true);
    match (SetSearchStatus { status: SearchStatus::Searchable }).call(&merchant).await {
        Err(Error::Api { kind: kind @ SetSearchStatusError::SearchStatusBanned, .. }) => {
            println!("search status banned: SetSearchStatusError::SearchStatusBanned ({})", kind.code())
        }
        other => println!("unexpected: {other:?}"),
    }

    let before = sandbox.control().hits("/cgi-bin/account/modifysignature");
    let limited = client.authorizer(limited_appid.clone());
    sandbox.control().push_authorized(&callback_url, &limited_appid).await?;
    let not_granted = SetSignature { signature: "a fun service".into() }.call(&limited).await.unwrap_err();
    let after = sandbox.control().hits("/cgi-bin/account/modifysignature");
    println!(
        "permission set not granted, caught before sending: {not_granted} (requests sent: {})",
        after - before
    );

    let (authorizer_before, component_before) = (
        sandbox.control().hits("/cgi-bin/component/api_authorizer_token"),
        sandbox.control().hits("/cgi-bin/component/api_component_token"),
    );
    sandbox.control().revoke_all_tokens();
    SetSearchStatus { status: SearchStatus::Hidden }.call(&limited).await?;
    let component = sandbox.control().hits("/cgi-bin/component/api_component_token") - component_before;
    let authorizer = sandbox.control().hits("/cgi-bin/component/api_authorizer_token") - authorizer_before;
    println!(
        "stale token refreshed transparently: every token was revoked, the call still succeeded ({component} component token fetch, {authorizer} authorizer token requests)"
    );

    sandbox.control().set_daily_token_quota(0)?;
    sandbox.control().revoke_all_tokens();
    let quota = SetSearchStatus { status: SearchStatus::Hidden }.call(&limited).await.unwrap_err();
    let class = quota.class();
    println!("quota exhausted: {quota} (class {}, retryable: {})", class.as_str(), quota.is_retryable());
    assert_eq!(class, ErrorClass::QuotaExhausted);

    step("8. Tencent IM");
    let usersig = tokens.credential(CredentialRequest::ImAdmin).await?;
    let verified = usersig::verify(
        usersig.expose(),
        credentials.im_sdkappid,
        &Secret::from(credentials.im_key.as_str()),
        &credentials.im_admin,
        now(),
        None,
    );
    println!(
        "admin UserSig generated and cached ({} characters), verifies: {}",
        usersig.expose().len(),
        verified.is_ok()
    );
    let gone = ModifyOfficialAccountBaseInfo { official_account: "@TOA#_gone".into(), ..Default::default() }
        .call(&client)
        .await;
    match gone {
        Err(Error::Api {
            kind: ModifyOfficialAccountBaseInfoError::OfficialAccountError(OfficialAccountError::AccountNotFound),
            ..
        }) => println!(
            "modify a missing account: OfficialAccountError::AccountNotFound (130004), the family's shared table"
        ),
        other => println!("unexpected: {other:?}"),
    }

    step("9. Tencent IM messages: two accounts, a message sent and read back, one refused by the app");
    for (user, nick) in [("alice", "Alice"), ("bob", "Bob")] {
        AccountImport { user_id: user.into(), nick: Some(nick.into()), ..Default::default() }
            .call(&client)
            .await?;
    }
    println!("imported accounts alice and bob");
    let message = |text: &str| SendMsg {
        from_account: Some("alice".into()),
        to_account: "bob".into(),
        msg_random: message_random(),
        msg_body: vec![MsgElement::text(text)],
        ..Default::default()
    };
    let sent = message("Lunch at noon?").call(&client).await?;
    println!("alice -> bob: sent, MsgKey {}", sent.msg_key);
    let history = AdminGetRoamMsg {
        operator_account: "bob".into(),
        peer_account: "alice".into(),
        max_cnt: 20,
        min_time: 0,
        max_time: i64::from(u32::MAX),
        last_msg_key: None,
    }
    .call(&client)
    .await?;
    for msg in &history.msg_list {
        let texts: Vec<&str> = msg.msg_body.iter().filter_map(MsgElement::as_text).collect();
        println!("bob's history: {} -> {}: {:?}", msg.from_account, msg.to_account, texts.join(""));
    }
    match message("buy cheap spam now").call(&client).await {
        Err(error @ Error::Api { kind: SendMsgError::ForbiddenByCallback, .. }) => {
            println!("a message the app's callback refused: SendMsgError::ForbiddenByCallback ({error})")
        }
        other => println!("unexpected: {other:?}"),
    }
    println!("IM callbacks the sandbox signed and sent: {}", sandbox.control().im_callbacks_sent());

    println!("\ndone: {} requests reached the sandbox", sandbox.control().total_hits());
    Ok(())
}

/// The IM callback's authentication token, as set in the IM console.
const IM_TOKEN: &str = "demo-im-callback-token";

/// The app's rule for one-to-one messages: no spam.
async fn refuse_spam(request: ImCallbackRequest) -> Verdict {
    match request.event {
        ImEvent::C2cBeforeSendMsg(message)
            if message.msg_body.iter().filter_map(MsgElement::as_text).any(|text| text.contains("spam")) =>
        {
            Verdict::Reject
        }
        _ => Verdict::Allow,
    }
}

/// A message's random number: any 32-bit value, different per message.
fn message_random() -> u32 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
