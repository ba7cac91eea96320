//! The IM callback route on loopback, as Tencent's backend calls it: signed requests typed and
//! answered with the app's verdict; another app's, a stale or a forged request refused before the
//! app sees it.

use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use wx_endpoints::im::callback::{axum::route, ImCallbacks, ImEvent, Verdict};
use wx_endpoints::im::msg::MsgElement;
use wx_endpoints::im::CallbackAuth;

const SDKAPPID: u64 = 1400000000;
const TOKEN: &str = "callback-token";

struct Served {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
    http: reqwest::Client,
}

async fn serve() -> Served {
    let callbacks = Arc::new(ImCallbacks::new(SDKAPPID).authenticated(CallbackAuth::new(TOKEN)));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let decide = move |request: wx_endpoints::im::callback::ImCallbackRequest| {
        let log = log.clone();
        async move {
            log.lock().unwrap().push(request.event.command().to_owned());
            match request.event {
                ImEvent::C2cBeforeSendMsg(message) if message.to_account == "blocked" => Verdict::Reject,
                ImEvent::C2cBeforeSendMsg(_) => {
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
    Served { url, seen, http: reqwest::Client::new() }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

impl Served {
    async fn post(&self, command: &str, sdkappid: u64, time: u64, token: &str, body: Value) -> (u16, Value) {
        let sign = CallbackAuth::new(token).sign(time);
        let url = format!(
            "{}?SdkAppid={sdkappid}&CallbackCommand={command}&contenttype=json&ClientIP=10.0.0.1&OptPlatform=RESTAPI&Sign={sign}&RequestTime={time}",
            self.url
        );
        let response = self.http.post(url).json(&body).send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }
}

fn c2c(to: &str) -> Value {
    json!({
        "CallbackCommand": "C2C.CallbackBeforeSendMsg", "From_Account": "alice", "To_Account": to,
        "MsgSeq": 1, "MsgRandom": 2, "MsgTime": 1669872112, "MsgKey": "1_2_1669872112", "OnlineOnlyFlag": 0,
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]
    })
}

#[tokio::test]
async fn signed_callbacks_get_the_apps_verdict() {
    let served = serve().await;
    let (status, reply) = served.post("C2C.CallbackBeforeSendMsg", SDKAPPID, now(), TOKEN, c2c("bob")).await;
    assert_eq!(status, 200);
    assert_eq!(reply["ErrorCode"], 0);
    assert_eq!(reply["MsgBody"], json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "edited"}}]));
    let (_, reply) = served.post("C2C.CallbackBeforeSendMsg", SDKAPPID, now(), TOKEN, c2c("blocked")).await;
    assert_eq!((reply["ActionStatus"].as_str(), reply["ErrorCode"].as_i64()), (Some("OK"), Some(1)));
    let unknown = json!({"CallbackCommand": "Group.CallbackSomethingNew", "GroupId": "@TGS#1"});
    let (status, reply) = served.post("Group.CallbackSomethingNew", SDKAPPID, now(), TOKEN, unknown).await;
    assert_eq!((status, reply["ErrorCode"].as_i64()), (200, Some(0)), "a command this version does not know");
    assert_eq!(
        *served.seen.lock().unwrap(),
        ["C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "Group.CallbackSomethingNew"]
    );
}

#[tokio::test]
async fn forged_stale_and_foreign_callbacks_never_reach_the_app() {
    let served = serve().await;
    let forged = served.post("C2C.CallbackBeforeSendMsg", SDKAPPID, now(), "guessed", c2c("bob")).await;
    let stale = served.post("C2C.CallbackBeforeSendMsg", SDKAPPID, now() - 3600, TOKEN, c2c("bob")).await;
    let foreign = served.post("C2C.CallbackBeforeSendMsg", 1400000001, now(), TOKEN, c2c("bob")).await;
    for (status, reply) in [&forged, &stale, &foreign] {
        assert_eq!((*status, reply["ActionStatus"].as_str()), (401, Some("FAIL")), "{reply}");
    }
    assert!(stale.1["ErrorInfo"].as_str().unwrap().contains("replay"), "{}", stale.1);
    let broken = served
        .post("C2C.CallbackBeforeSendMsg", SDKAPPID, now(), TOKEN, json!({"MsgBody": "not a list"}))
        .await;
    assert_eq!(broken.0, 400);
    assert!(served.seen.lock().unwrap().is_empty(), "the app saw none of them");
    assert!(!format!("{forged:?}{stale:?}").contains(TOKEN), "the token is never echoed");
}
