//! End to end: "WeChat" (this test) posts an encrypted verify ticket and then an `authorized` event
//! to the axum route on loopback; the component token and the authorizer's tokens then come from the
//! fake token endpoints with no manual step. A replayed event is handled once; `unauthorized` forgets
//! the merchant.

use std::sync::Arc;

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::callback::{axum::route, CallbackHandler, MsgCrypt};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
use wx_endpoints::{Client, ErrorClass};
use wx_tests::fake_tokens::*;

const COMPONENT: &str = "wxcomponent000001";
const MERCHANT: &str = "wxmerchant0000001";
const TOKEN: &str = "callback_token";
const AES_KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const SEARCH: &str = "/wxa/changewxasearchstatus";

/// Plays WeChat: encrypts, signs and posts pushes to the callback URL.
struct WeChat {
    crypt: MsgCrypt,
    url: String,
    http: reqwest::Client,
}

impl WeChat {
    fn body(&self, plaintext: &str, nonce: &str) -> (String, String) {
        self.body_at(plaintext, nonce, now())
    }

    fn body_at(&self, plaintext: &str, nonce: &str, timestamp: u64) -> (String, String) {
        let encrypt = self.crypt.encrypt(plaintext);
        let signature = self.crypt.signature(&timestamp.to_string(), nonce, &encrypt);
        let query = format!("timestamp={timestamp}&nonce={nonce}&msg_signature={signature}");
        (
            query,
            format!(
                "<xml><AppId><![CDATA[{COMPONENT}]]></AppId><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
            ),
        )
    }

    async fn post(&self, query: &str, body: &str) -> (u16, String) {
        let response =
            self.http.post(format!("{}?{query}", self.url)).body(body.to_owned()).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn push(&self, plaintext: &str, nonce: &str) -> (u16, String) {
        let (query, body) = self.body(plaintext, nonce);
        self.post(&query, &body).await
    }
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

fn authorized(info_type: &str, create_time: u64) -> String {
    format!(
        "<xml><AppId>{COMPONENT}</AppId><CreateTime>{create_time}</CreateTime><InfoType>{info_type}</InfoType>\
         <AuthorizerAppid>{MERCHANT}</AuthorizerAppid><AuthorizationCode>queryauthcode@@@abc</AuthorizationCode>\
         <AuthorizationCodeExpiredTime>1700003600</AuthorizationCodeExpiredTime><PreAuthCode>preauthcode@@@x</PreAuthCode></xml>"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushes_feed_the_token_lifecycle() {
    let wechat_api = MockServer::start().await;
    mount(&wechat_api, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    mount(&wechat_api, "POST", AUTHORIZER_TOKEN_PATH, Minter::new("AUTHORIZER", "authorizer_access_token"))
        .await;
    let query_auth = json!({"authorization_info": {
        "authorizer_appid": MERCHANT, "authorizer_access_token": "FROM_QUERY_AUTH", "expires_in": 7200,
        "authorizer_refresh_token": "REFRESH_1", "func_info": [{"funcscope_category": {"id": 18}}]
    }});
    mount(&wechat_api, "POST", QUERY_AUTH, ResponseTemplate::new(200).set_body_json(query_auth)).await;
    let gate = Gate::default();
    mount(&wechat_api, "POST", SEARCH, gate.clone()).await;

    let client = Client::builder()
        .wechat_base_url(wechat_api.uri())
        .component(COMPONENT, "COMPONENT_SECRET")
        .build()
        .unwrap();
    let crypt = MsgCrypt::new(TOKEN, AES_KEY, COMPONENT).unwrap();
    let handler = Arc::new(CallbackHandler::new(crypt.clone(), client.tokens().unwrap().clone()));
    let app = axum::Router::new().route("/wechat/component", route(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/wechat/component", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let wechat = WeChat { crypt, url, http: reqwest::Client::new() };

    // The verify ticket, then the authorization.
    let ticket = format!(
        "<xml><AppId>{COMPONENT}</AppId><CreateTime>1700000000</CreateTime><InfoType>component_verify_ticket</InfoType>\
         <ComponentVerifyTicket>ticket@@@pushed</ComponentVerifyTicket></xml>"
    );
    assert_eq!(wechat.push(&ticket, "n1").await, (200, "success".to_owned()));
    let (query, body) = wechat.body(&authorized("authorized", 1700000100), "n2");
    assert_eq!(wechat.post(&query, &body).await, (200, "success".to_owned()));
    assert_eq!(bodies(&wechat_api, COMPONENT_TOKEN).await[0]["component_verify_ticket"], "ticket@@@pushed");
    assert_eq!(bodies(&wechat_api, QUERY_AUTH).await[0]["authorization_code"], "queryauthcode@@@abc");

    // WeChat re-pushes the same event (same body, and re-encrypted): handled once.
    assert_eq!(wechat.post(&query, &body).await, (200, "success".to_owned()));
    assert_eq!(wechat.push(&authorized("authorized", 1700000100), "n3").await, (200, "success".to_owned()));
    assert_eq!(hits(&wechat_api, QUERY_AUTH).await, 1, "a replayed event is processed once");

    // The merchant's calls work with no manual step: first the token from query_auth, then, once
    // that goes stale, one fetched with the stored refresh token.
    let merchant = client.authorizer(MERCHANT);
    SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap();
    gate.reject("FROM_QUERY_AUTH");
    SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap();
    assert_eq!(bodies(&wechat_api, AUTHORIZER_TOKEN_PATH).await[0]["authorizer_refresh_token"], "REFRESH_1");
    assert_eq!(hits(&wechat_api, COMPONENT_TOKEN).await, 1);

    // A forged push is refused and changes nothing.
    let (_, forged_body) = wechat.body(&authorized("unauthorized", 1700000200), "n4");
    let forged = wechat.post(&format!("timestamp={}&nonce=n4&msg_signature=0000", now()), &forged_body).await;
    assert_eq!(forged.0, 401);
    // A captured push replayed after the replay window (5 minutes) is refused unread.
    let (stale_query, stale_body) =
        wechat.body_at(&authorized("unauthorized", 1700000200), "n7", now() - 301);
    assert_eq!(wechat.post(&stale_query, &stale_body).await, (403, "stale".to_owned()));

    // The revocation forgets the merchant.
    let revoked = format!(
        "<xml><AppId>{COMPONENT}</AppId><CreateTime>1700000300</CreateTime><InfoType>unauthorized</InfoType>\
         <AuthorizerAppid>{MERCHANT}</AuthorizerAppid></xml>"
    );
    assert_eq!(wechat.push(&revoked, "n5").await, (200, "success".to_owned()));
    let error = SetSearchStatus { status: SearchStatus::Hidden }.call(&merchant).await.unwrap_err();
    assert_eq!(error.class(), ErrorClass::Reauthorize, "{error}");

    // Unknown InfoTypes are accepted (and kept for the application), not rejected.
    let other = format!("<xml><AppId>{COMPONENT}</AppId><CreateTime>1</CreateTime><InfoType>notify_third_fasteregister</InfoType></xml>");
    assert_eq!(wechat.push(&other, "n6").await, (200, "success".to_owned()));
}

#[tokio::test]
async fn a_failed_exchange_is_retried_on_the_next_push() {
    let wechat_api = MockServer::start().await;
    mount(&wechat_api, "POST", COMPONENT_TOKEN, Minter::new("COMPONENT", "component_access_token")).await;
    let busy = ResponseTemplate::new(200).set_body_json(json!({"errcode": -1, "errmsg": "system error"}));
    mount(&wechat_api, "POST", QUERY_AUTH, busy).await;
    let client =
        Client::builder().wechat_base_url(wechat_api.uri()).component(COMPONENT, "S").build().unwrap();
    let tokens = client.tokens().unwrap().clone();
    tokens.set_verify_ticket("TICKET").await.unwrap();
    let crypt = MsgCrypt::new(TOKEN, AES_KEY, COMPONENT).unwrap();
    let handler = CallbackHandler::new(crypt.clone(), tokens);
    let wechat = WeChat { crypt, url: String::new(), http: reqwest::Client::new() };
    let (query, body) = wechat.body(&authorized("authorized", 1700000100), "n1");

    let reply = handler.handle(&query, body.as_bytes()).await;
    assert_eq!(reply.status, 500, "not `success`: WeChat pushes again");
    assert!(reply.outcome.is_err());
    let reply = handler.handle(&query, body.as_bytes()).await;
    assert_eq!(reply.status, 500);
    assert_eq!(hits(&wechat_api, QUERY_AUTH).await, 2, "the failed event was not marked as handled");
}

#[tokio::test]
async fn the_url_check_answers_in_both_modes() {
    let client = Client::builder().component(COMPONENT, "S").build().unwrap();
    let crypt = MsgCrypt::new(TOKEN, AES_KEY, COMPONENT).unwrap();
    let handler = CallbackHandler::new(crypt.clone(), client.tokens().unwrap().clone());
    // Safe mode: echostr is encrypted and signed with msg_signature.
    let echostr = crypt.encrypt("echo-1234");
    let signature = crypt.signature("1", "n", &echostr);
    let query = format!("timestamp=1&nonce=n&msg_signature={signature}&echostr={}", url_encode(&echostr));
    let reply = handler.handle(&query, b"").await;
    assert_eq!((reply.status, reply.body.as_str()), (200, "echo-1234"));
    let reply = handler.handle("timestamp=1&nonce=n&signature=bad&echostr=x", b"").await;
    assert_eq!(reply.status, 401);
}

fn url_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
