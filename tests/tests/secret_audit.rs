//! The secret audit: a full flow (tokens, callbacks, IM) with everything traced at TRACE level and
//! every error formatted with `{}` and `{:?}`; no secret value appears anywhere in the text.

use std::io::Write;
use std::sync::{Arc, Mutex};

use wx_endpoints::callback::{CallbackHandler, MsgCrypt};
use wx_endpoints::im::official_account::{CreateOfficialAccount, ModifyOfficialAccountBaseInfo};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSignature};
use wx_endpoints::{Client, CredentialRequest, CredentialSource};
use wx_sandbox::{Fault, Sandbox};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_traces_or_errors() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();

    let sandbox = Sandbox::start().await.unwrap();
    let c = sandbox.credentials().clone();
    let client = Client::builder()
        .wechat_base_url(sandbox.base_url())
        .im_base_url(sandbox.base_url())
        .component(c.component_appid.clone(), c.component_secret.as_str())
        .app(c.app_appid.clone(), c.app_secret.as_str())
        .im(c.im_sdkappid, c.im_admin.clone())
        .im_secret_key(c.im_key.as_str())
        .build()
        .unwrap();
    let tokens = client.tokens().unwrap().clone();
    let mut texts = vec![format!("{client:?} {tokens:?}")];
    let mut note = |text: String| texts.push(text);

    // Callbacks: the ticket and the authorization arrive through the handler.
    let crypt =
        MsgCrypt::new(c.callback_token.as_str(), &c.encoding_aes_key, c.component_appid.clone()).unwrap();
    note(format!("{crypt:?}"));
    let handler = Arc::new(CallbackHandler::new(crypt, tokens.clone()));
    note(format!("{handler:?}"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let callback = format!("http://{}/cb", listener.local_addr().unwrap());
    let app = axum::Router::new().route("/cb", wx_endpoints::callback::axum::route(handler.clone()));
    tokio::spawn(async move { axum::serve(listener, app).await });
    assert!(sandbox.control().push_ticket(&callback).await.succeeded());
    let merchant = c.merchants[0].appid.clone();
    sandbox.control().push_authorized(&callback, &merchant).await.unwrap();
    let forged =
        handler.handle("timestamp=1&nonce=n&msg_signature=00", b"<xml><Encrypt>AAAA</Encrypt></xml>").await;
    note(format!(
        "{forged:?} {}",
        forged.outcome.as_ref().err().map(ToString::to_string).unwrap_or_default()
    ));

    // Tokens: component, authorizer, app; a stale one refreshed; failures formatted.
    let authorizer = client.authorizer(merchant.clone());
    SetSignature { signature: "a fun service".into() }.call(&authorizer).await.unwrap();
    sandbox.control().revoke_all_tokens();
    SetSearchStatus { status: SearchStatus::Hidden }.call(&authorizer).await.unwrap();
    let error = SetSignature { signature: "x".into() }.call(&authorizer).await.unwrap_err();
    note(format!("{error} {error:?}"));
    let error = SetSearchStatus { status: SearchStatus::Hidden }
        .call(&client.authorizer("wxunknown0000000"))
        .await
        .unwrap_err();
    note(format!("{error} {error:?}"));
    sandbox.control().inject(None, Fault::Garbage, Some(1));
    let error = SetSearchStatus { status: SearchStatus::Hidden }.call(&authorizer).await.unwrap_err();
    note(format!("{error} {error:?}"));
    sandbox.control().set_daily_token_quota(0).unwrap();
    sandbox.control().revoke_all_tokens();
    let error = SetSearchStatus { status: SearchStatus::Hidden }.call(&authorizer).await.unwrap_err();
    note(format!("{error} {error:?}"));
    let app_error = tokens.credential(CredentialRequest::App).await.unwrap_err();
    note(format!("{app_error} {app_error:?}"));

    // IM: generated UserSig, official accounts, a failure.
    let usersig = tokens.credential(CredentialRequest::ImAdmin).await.unwrap();
    note(format!("{usersig:?}"));
    CreateOfficialAccount { owner_account: "o".into(), name: "n".into(), ..Default::default() }
        .call(&client)
        .await
        .unwrap();
    let error = ModifyOfficialAccountBaseInfo { official_account: "@TOA#_none".into(), ..Default::default() }
        .call(&client)
        .await
        .unwrap_err();
    note(format!("{error} {error:?}"));

    // Every secret the flow used: configured ones, and every credential that travelled in a query.
    let mut secrets = vec![
        c.app_secret.clone(),
        c.component_secret.clone(),
        c.encoding_aes_key.clone(),
        c.callback_token.clone(),
        c.im_key.clone(),
    ];
    secrets.push(usersig.expose().to_owned());
    for request in sandbox.control().received() {
        for (key, value) in url::form_urlencoded::parse(request.query.as_bytes()) {
            if matches!(&*key, "access_token" | "component_access_token" | "usersig") {
                secrets.push(value.into_owned());
            }
        }
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap_or_default();
        for key in [
            "component_verify_ticket",
            "authorizer_refresh_token",
            "authorization_code",
            "secret",
            "component_appsecret",
        ] {
            if let Some(value) = body.get(key).and_then(|v| v.as_str()) {
                secrets.push(value.to_owned());
            }
        }
    }
    secrets.retain(|s| s.len() >= 8);
    secrets.sort();
    secrets.dedup();
    assert!(secrets.len() >= 12, "the flow used credentials of every kind: {}", secrets.len());

    let traced = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(traced.contains("wx.call") && traced.contains("endpoint"), "spans were captured");
    let everything = format!("{traced}\n{}", texts.join("\n"));
    for secret in &secrets {
        assert!(!everything.contains(secret.as_str()), "a secret leaked: {}…", &secret[..4]);
    }
}
