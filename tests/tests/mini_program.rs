//! Mini Program management on loopback: the special wire shapes (GET query, `{}` for a body-less
//! POST, image or JSON on the same endpoint, multipart upload, JSON inside a string) and one round
//! trip per product area with a response shaped like the documents' samples.

use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wx_endpoints::wechat::{basic_info, category, code, domain, members, open_account, privacy, qrcode};
use wx_endpoints::{Error, JsonString, Upload};
use wx_tests::*;

fn ok(payload: Value) -> ResponseTemplate {
    let mut body = json!({"errcode": 0, "errmsg": "ok"});
    body.as_object_mut().unwrap().extend(payload.as_object().cloned().unwrap_or_default());
    ResponseTemplate::new(200).set_body_json(body)
}

async fn mount(server: &MockServer, verb: &str, route: &str, response: ResponseTemplate) {
    Mock::given(method(verb)).and(path(route)).respond_with(response).mount(server).await;
}

async fn last_body(server: &MockServer) -> Vec<u8> {
    server.received_requests().await.unwrap().last().unwrap().body.clone()
}

#[tokio::test]
async fn get_fields_travel_as_query_and_images_come_back_as_bytes() {
    let server = MockServer::start().await;
    let jpeg = vec![0xff, 0xd8, 0xff, 0xe0, 1, 2, 3];
    Mock::given(method("GET"))
        .and(path("/wxa/get_qrcode"))
        .and(query_param("path", "page/index?action=1"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(jpeg.clone(), "image/jpeg"))
        .mount(&server)
        .await;
    let merchant = client_for(&server).authorizer(AUTHORIZER_APPID);
    let image =
        qrcode::GetTrialQrCode { path: Some("page/index?action=1".into()) }.call(&merchant).await.unwrap();
    assert_eq!((image.content_type.as_str(), &image.bytes[..]), ("image/jpeg", &jpeg[..]));
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        request.url.query(),
        Some("access_token=AUTHORIZER_TOKEN_SECRET_d4e5f6&path=page%2Findex%3Faction%3D1")
    );

    // The same endpoint reports failures as JSON, which becomes the typed error.
    server.reset().await;
    let failure = ResponseTemplate::new(200)
        .set_body_raw(r#"{"errcode":40014,"errmsg":"invalid access_token"}"#, "text/plain");
    mount(&server, "GET", "/wxa/get_qrcode", failure).await;
    let error = qrcode::GetTrialQrCode { path: None }.call(&merchant).await.unwrap_err();
    assert_eq!(error.kind(), Some(qrcode::GetTrialQrCodeError::InvalidAccessToken));
}

#[tokio::test]
async fn unlimited_codes_post_json_and_answer_images_or_errors() {
    let server = MockServer::start().await;
    mount(
        &server,
        "POST",
        "/wxa/getwxacodeunlimit",
        ResponseTemplate::new(200).set_body_raw(vec![0x89, b'P', b'N', b'G'], "image/png"),
    )
    .await;
    let merchant = client_for(&server).authorizer(AUTHORIZER_APPID);
    let request = qrcode::GetUnlimitedQrCode {
        scene: "id=42".into(),
        env_version: Some(qrcode::EnvVersion::Trial),
        width: Some(430),
        line_color: Some(qrcode::LineColor { r: 0, g: 0, b: 0 }),
        ..Default::default()
    };
    assert_eq!(&request.call(&merchant).await.unwrap().bytes[..], b"\x89PNG");
    let body: Value = serde_json::from_slice(&last_body(&server).await).unwrap();
    assert_eq!(
        body,
        json!({"scene": "id=42", "env_version": "trial", "width": 430, "line_color": {"r": 0, "g": 0, "b": 0}})
    );
    let too_long = qrcode::GetUnlimitedQrCode { scene: "x".repeat(33), ..Default::default() };
    assert!(matches!(too_long.call(&merchant).await.unwrap_err(), Error::Invalid(_)));
}

#[tokio::test]
async fn body_less_posts_send_an_empty_object() {
    let server = MockServer::start().await;
    mount(&server, "POST", "/wxa/release", ok(json!({}))).await;
    code::Release.call(&client_for(&server).authorizer(AUTHORIZER_APPID)).await.unwrap();
    assert_eq!(last_body(&server).await, b"{}");
}

#[tokio::test]
async fn uploads_are_multipart() {
    let server = MockServer::start().await;
    mount(&server, "POST", "/wxa/uploadmedia", ok(json!({"type": "image", "mediaid": "MEDIA_1"}))).await;
    let upload =
        code::UploadMediaToCodeAudit { media: Upload::new("shot.png", "image/png", &b"PNGDATA"[..]) };
    let media = upload.call(&client_for(&server).authorizer(AUTHORIZER_APPID)).await.unwrap();
    assert_eq!((media.media_type.as_str(), media.mediaid.as_str()), ("image", "MEDIA_1"));
    let request = &server.received_requests().await.unwrap()[0];
    let content_type = request.headers.get("content-type").unwrap().to_str().unwrap();
    assert!(content_type.starts_with("multipart/form-data; boundary="), "{content_type}");
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.contains(r#"Content-Disposition: form-data; name="media"; filename="shot.png""#), "{body}");
    assert!(body.contains("Content-Type: image/png") && body.contains("PNGDATA"), "{body}");
}

#[tokio::test]
async fn ext_json_travels_as_a_json_string() {
    let server = MockServer::start().await;
    mount(&server, "POST", "/wxa/commit", ok(json!({}))).await;
    let commit = code::Commit {
        template_id: 7,
        ext_json: JsonString(json!({"extAppid": "wxmerchant", "ext": {"shop": 1}})),
        user_version: "1.0.0".into(),
        user_desc: "first".into(),
    };
    commit.call(&client_for(&server).authorizer(AUTHORIZER_APPID)).await.unwrap();
    let body: Value = serde_json::from_slice(&last_body(&server).await).unwrap();
    assert_eq!(body["ext_json"], json!(r#"{"ext":{"shop":1},"extAppid":"wxmerchant"}"#));
    assert_eq!(body["template_id"], 7);
    let long_version = code::Commit { user_version: "v".repeat(65), ..commit };
    assert!(matches!(long_version.call(&client_for(&server)).await.unwrap_err(), Error::Invalid(_)));
}

#[tokio::test]
async fn one_round_trip_per_product_area() {
    let server = MockServer::start().await;
    let merchant = client_for(&server).authorizer(AUTHORIZER_APPID);

    // Basic information.
    mount(&server, "POST", "/cgi-bin/account/getaccountbasicinfo", ok(json!({
        "appid": "wxmerchant", "account_type": 3, "principal_type": 1, "principal_name": "Shop Ltd",
        "realname_status": 1, "wx_verify_info": {"qualification_verify": true, "naming_verify": true, "annual_review": false},
        "signature_info": {"signature": "a fun service", "modify_used_count": 1, "modify_quota": 5},
        "head_image_info": {"head_image_url": "http://mmbiz.qpic.cn/x", "modify_used_count": 0, "modify_quota": 5},
        "nickname": "Shop", "registered_country": 1, "customer_type": 1
    }))).await;
    let info = basic_info::GetAccountBasicInfo.call(&merchant).await.unwrap();
    assert_eq!((info.account_type, info.signature_info.modify_quota), (3, 5));
    assert!(info.wx_verify_info.qualification_verify);

    // Categories: both spellings of the list.
    for key in ["categories_list", "category_list"] {
        server.reset().await;
        mount(
            &server,
            "GET",
            "/cgi-bin/wxopen/getallcategories",
            ok(json!({ key: {"categories": [
                {"id": 1, "name": "Tools", "level": 1, "father": 0, "children": [2, 3], "sensitive_type": 0}
            ]}})),
        )
        .await;
        let all = category::GetAllCategories.call(&merchant).await.unwrap();
        assert_eq!(all.categories_list.categories[0].children, [2, 3], "{key}");
    }

    // Domains.
    mount(
        &server,
        "POST",
        "/wxa/modify_domain",
        ok(json!({"requestdomain": ["https://api.shop.example"], "uploaddomain": []})),
    )
    .await;
    let get = domain::ModifyServerDomain { action: domain::DomainAction::Get, ..Default::default() };
    assert_eq!(get.call(&merchant).await.unwrap().requestdomain, ["https://api.shop.example"]);
    assert_eq!(serde_json::from_slice::<Value>(&last_body(&server).await).unwrap(), json!({"action": "get"}));

    // Members.
    mount(&server, "POST", "/wxa/memberauth", ok(json!({"members": [{"userstr": "u1"}, {"userstr": "u2"}]})))
        .await;
    assert_eq!(members::GetTester::default().call(&merchant).await.unwrap().members.len(), 2);
    assert_eq!(
        serde_json::from_slice::<Value>(&last_body(&server).await).unwrap(),
        json!({"action": "get_experiencer"})
    );

    // Code and release: the audit status enum, and `ScreenShot` as the example spells it.
    mount(&server, "GET", "/wxa/get_latest_auditstatus", ok(json!({
        "auditid": 1234567, "status": 1, "reason": "blurry", "ScreenShot": "m1|m2", "user_version": "1.0.0",
        "user_desc": "first", "submit_audit_time": 1700000000
    }))).await;
    let latest = code::GetLatestAuditStatus.call(&merchant).await.unwrap();
    assert_eq!((latest.status, latest.screenshot.as_str()), (Some(code::AuditStatus::Rejected), "m1|m2"));

    // Privacy.
    mount(
        &server,
        "GET",
        "/wxa/security/get_privacy_interface",
        ok(json!({"interface_list": [
            {"api_name": "wx.choosePoi", "api_ch_name": "选择位置", "status": 4, "audit_id": 0}
        ]})),
    )
    .await;
    let interfaces = privacy::GetPrivacyInterface.call(&merchant).await.unwrap();
    assert_eq!(interfaces.interface_list[0].api_name, "wx.choosePoi");

    // QR code jump rules.
    mount(&server, "POST", "/cgi-bin/wxopen/qrcodejumpadd", ok(json!({}))).await;
    let rule = qrcode::AddJumpQrCode {
        prefix: "https://shop.example/q".into(),
        path: "pages/index".into(),
        is_edit: 0,
        ..Default::default()
    };
    rule.call(&merchant).await.unwrap();

    // Open platform account.
    mount(&server, "POST", "/cgi-bin/open/get", ok(json!({"open_appid": "wxopen0001"}))).await;
    assert_eq!(
        open_account::GetOpenAccount { appid: None }.call(&merchant).await.unwrap().open_appid,
        "wxopen0001"
    );

    // Store (seed 001).
    mount(&server, "POST", "/wxa/modify_merchant", ok(json!({}))).await;
    wx_endpoints::wechat::store::ModifyWxaStore::default().call(&merchant).await.unwrap();
}
