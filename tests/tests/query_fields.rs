//! Shipped endpoints whose request line carries per-call parameters (`#[wx(query)]`): the
//! parameters in the query, the rest in the body, and the mini-game signatures computed over the
//! exact body that is sent (values checked against Python's `hmac`).

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::mini_program::minigame::data::{SetUserStorage, StorageKeyValue};
use wx_endpoints::mini_program::minigame::midas::QueryOrder;
use wx_endpoints::official_account::intelligence::{TranslateContent, VoiceLang};
use wx_endpoints::official_account::materials::{MediaType, UploadTempMedia};
use wx_endpoints::{Endpoint, Secret, Upload};
use wx_tests::*;

async fn answering<E: Endpoint>(payload: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    let mut body = json!({"errcode": 0, "errmsg": "ok"});
    body.as_object_mut().unwrap().extend(payload.as_object().unwrap().clone());
    respond::<E>(&server, ResponseTemplate::new(200).set_body_json(body)).await;
    server
}

async fn sent(server: &MockServer) -> (String, String) {
    let request = &server.received_requests().await.unwrap()[0];
    (request.url.query().unwrap_or_default().to_owned(), String::from_utf8_lossy(&request.body).into_owned())
}

#[tokio::test]
async fn storage_is_signed_with_the_session_key_over_the_body_it_sends() {
    let server = answering::<SetUserStorage>(json!({})).await;
    let kv_list = vec![StorageKeyValue { key: "score".into(), value: "100".into() }];
    let request = SetUserStorage::signed("o1", kv_list, &Secret::from("session-key")).unwrap();
    request.call(&client_for(&server)).await.unwrap();
    let (query, body) = sent(&server).await;
    assert_eq!(body, r#"{"kv_list":[{"key":"score","value":"100"}]}"#);
    // hmac.new(b"session-key", body, hashlib.sha256).hexdigest()
    let signature = "1778e69bdfc2f97c70082f6f8eb8e0581a8c4ae1746c9f42528e0dfc4ac777e3";
    assert_eq!(
        query,
        format!("access_token={ACCESS_TOKEN}&openid=o1&signature={signature}&sig_method=hmac_sha256")
    );
    assert!(!query.contains("session-key") && !body.contains("session-key"), "the key never travels");
}

#[tokio::test]
async fn a_virtual_payment_query_carries_both_signatures() {
    let server = answering::<QueryOrder>(json!({"order": {}})).await;
    let request = QueryOrder {
        openid: "o1".into(),
        offer_id: "123".into(),
        ts: 1507530737,
        zone_id: "1".into(),
        env: 0,
        out_trade_no: "t1".into(),
        biz_id: 1,
        ..QueryOrder::default()
    }
    .signed(&Secret::from("session-key"), &Secret::from("app-key"))
    .unwrap();
    request.call(&client_for(&server)).await.unwrap();
    let (query, body) = sent(&server).await;
    assert_eq!(
        body,
        r#"{"openid":"o1","offer_id":"123","ts":1507530737,"zone_id":"1","env":0,"out_trade_no":"t1","biz_id":1}"#
    );
    // hmac(b"session-key", body) and hmac(b"app-key", b"/wxa/game/queryorderinfo&" + body)
    let signature = "7fb58f37ed7a855f7664c2bfe3e12fa90b7e7a30d8f533eb8c97a97da9b629f3";
    let pay_sig = "d0209f0609e81753db7270fda9b64e88fccebaf88ac326a5505ccf85b857ff0d";
    assert_eq!(
        query,
        format!("access_token={ACCESS_TOKEN}&signature={signature}&sig_method=hmac_sha256&pay_sig={pay_sig}")
    );
}

#[tokio::test]
async fn an_unsigned_request_is_refused_before_sending() {
    let server = MockServer::start().await;
    let request = QueryOrder {
        openid: "o1".into(),
        offer_id: "1".into(),
        zone_id: "1".into(),
        out_trade_no: "t".into(),
        biz_id: 1,
        ..QueryOrder::default()
    };
    let error = request.call(&client_for(&server)).await.unwrap_err();
    assert!(error.to_string().contains("signature"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_media_type_of_an_upload_and_the_languages_of_a_translation_are_query_parameters() {
    let server =
        answering::<UploadTempMedia>(json!({"type": "image", "media_id": "m1", "created_at": 1})).await;
    let media = Upload::new("a.jpg", "image/jpeg", &b"\xff\xd8\xff"[..]);
    let uploaded =
        UploadTempMedia { media_type: MediaType::Image, media }.call(&client_for(&server)).await.unwrap();
    assert_eq!(uploaded.media_type, Some(MediaType::Image));
    let (query, body) = sent(&server).await;
    assert_eq!(query, format!("access_token={ACCESS_TOKEN}&type=image"));
    assert!(body.contains(r#"name="media"; filename="a.jpg""#) && !body.contains(r#"name="type""#), "{body}");

    let server = answering::<TranslateContent>(json!({"from_content": "你好", "to_content": "hello"})).await;
    let request = TranslateContent { lfrom: VoiceLang::ZhCn, lto: VoiceLang::EnUs, content: "你好".into() };
    request.call(&client_for(&server)).await.unwrap();
    let (query, body) = sent(&server).await;
    assert_eq!(query, format!("access_token={ACCESS_TOKEN}&lfrom=zh_CN&lto=en_US"));
    assert_eq!(body, r#"{"content":"你好"}"#);
}
