//! What the DSL's keys put on the wire, against a loopback server: fixed query parameters in the
//! document's order before the credential (sent once), wire names from serde's rename rules in
//! JSON, the query, multipart parts, validation messages and the registry alike, and shared error
//! tables in the typed error.

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::{error_table, registry, wx_endpoint, Endpoint, Error, Upload};
use wx_tests::*;

/// `POST /cgi-bin/component/fastregisterweapp?action=create&component_access_token=...`.
#[wx_endpoint(
    path = "/cgi-bin/component/fastregisterweapp",
    query = "action=create",
    credential = component
)]
pub struct FastRegister {
    pub name: String,
    pub legal_persona_wechat: String,
}

/// A component-token call whose document names the parameter `access_token`.
#[wx_endpoint(path = "/wxa/gettemplatelist", method = GET, credential = component, credential_param = access_token)]
pub struct TemplatesWithAccessTokenName;

/// A GET with fixed parameters and fields.
#[wx_endpoint(path = "/publisher/stat", query = "action=publisher_adpos_general&v=2", method = GET)]
pub struct PublisherStat {
    pub page: u32,
    pub page_size: Option<u32>,
}

/// A multipart upload whose parts are renamed, one by the field and one by `rename_all`.
#[wx_endpoint(path = "/wxa/uploadmedia", multipart)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub struct UploadRenamed {
    #[serde(rename = "media")]
    pub file: Upload,
    pub media_type: String,
}

/// A GET whose query field names come from `rename_all`, with a validation rule.
#[wx_endpoint(path = "/test/camel", method = GET, credential = app)]
#[serde(rename_all = "camelCase")]
pub struct CamelQuery {
    #[wx(chars = 1..=4)]
    pub user_name: String,
    pub page_index: u32,
}

/// A POST whose request line carries per-call parameters (`?access_token=...&openid=...`).
#[wx_endpoint(path = "/wxa/set_user_storage", query = "v=1", credential = app)]
#[derive(wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct StorageWithQuery {
    #[wx(query, non_empty)]
    pub openid: String,
    #[serde(rename = "sig_method")]
    #[wx(query)]
    pub method: String,
    #[wx(query)]
    pub lang: Option<String>,
    pub kv_list: Vec<String>,
}

/// A multipart upload with a query field beside the file.
#[wx_endpoint(path = "/cgi-bin/media/upload", multipart)]
pub struct UploadWithType {
    #[serde(rename = "type")]
    #[wx(query)]
    pub media_type: String,
    pub media: Upload,
}

error_table! {
    /// Shared by the test family.
    pub TestFamilyError {
        -1 => SystemBusy: "system busy",
        48001 => Unauthorized: "api unauthorized",
    }
}

#[wx_endpoint(path = "/test/shared", errors(use TestFamilyError, 85083 => Banned: "banned"))]
pub struct UsesShared {
    pub status: u8,
}

async fn ok_server<E: Endpoint>() -> MockServer {
    let server = MockServer::start().await;
    respond::<E>(&server, ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "errmsg": "ok"})))
        .await;
    server
}

#[tokio::test]
async fn a_fixed_query_comes_first_and_the_credential_once() {
    let server = ok_server::<FastRegister>().await;
    FastRegister { name: "shop".into(), legal_persona_wechat: "wxid".into() }
        .call(&client_for(&server))
        .await
        .unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.url.path(), "/cgi-bin/component/fastregisterweapp");
    assert_eq!(request.url.query(), Some("action=create&component_access_token=COMPONENT_TOKEN_SECRET"));
    assert_eq!(request.body, br#"{"name":"shop","legal_persona_wechat":"wxid"}"#);

    let server = ok_server::<TemplatesWithAccessTokenName>().await;
    TemplatesWithAccessTokenName.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        request.url.query(),
        Some("access_token=COMPONENT_TOKEN_SECRET"),
        "the component token, named as documented"
    );

    let server = ok_server::<PublisherStat>().await;
    PublisherStat { page: 3, page_size: None }.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        request.url.query(),
        Some(format!("action=publisher_adpos_general&v=2&access_token={ACCESS_TOKEN}&page=3").as_str())
    );
}

#[tokio::test]
async fn multipart_parts_are_named_as_serde_names_fields() {
    let server = ok_server::<UploadRenamed>().await;
    let file = Upload::new("a.png", "image/png", &b"\x89PNG"[..]);
    UploadRenamed { file, media_type: "image".into() }.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.contains(r#"name="media"; filename="a.png""#), "{body}");
    assert!(body.contains(r#"name="MEDIA_TYPE""#), "{body}");
    assert!(!body.contains(r#"name="file""#), "{body}");
}

#[tokio::test]
async fn query_fields_validation_and_registry_use_the_same_wire_name() {
    let server = ok_server::<CamelQuery>().await;
    CamelQuery { user_name: "ann".into(), page_index: 2 }.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        request.url.query(),
        Some(format!("access_token={ACCESS_TOKEN}&userName=ann&pageIndex=2").as_str())
    );

    let error = CamelQuery { user_name: "anne-marie".into(), page_index: 2 }
        .call(&client_for(&server))
        .await
        .unwrap_err();
    let Error::Invalid(invalid) = &error else { panic!("{error:?}") };
    assert_eq!(invalid.field(), "userName");

    let info = registry::endpoint("CamelQuery").unwrap();
    let names: Vec<&str> = info.fields.iter().map(|f| f.name).collect();
    assert_eq!(names, ["userName", "pageIndex"]);
    let upload = registry::endpoint("UploadRenamed").unwrap();
    let names: Vec<&str> = upload.fields.iter().map(|f| f.name).collect();
    assert_eq!(names, ["media", "MEDIA_TYPE"]);
    assert_eq!(registry::endpoint("FastRegister").unwrap().metadata.query, "action=create");
}

#[tokio::test]
async fn a_shared_table_code_is_typed_through_the_endpoint_enum() {
    let server = MockServer::start().await;
    respond::<UsesShared>(
        &server,
        ResponseTemplate::new(200).set_body_json(json!({"errcode": 48001, "errmsg": "api unauthorized"})),
    )
    .await;
    let error = UsesShared { status: 1 }.call(&client_for(&server)).await.unwrap_err();
    let Error::Api { kind, .. } = &error else { panic!("{error:?}") };
    assert_eq!(*kind, UsesSharedError::TestFamilyError(TestFamilyError::Unauthorized));
    assert_eq!(format!("{kind:?}"), "TestFamilyError(Unauthorized)");
    assert!(error.to_string().contains("api unauthorized"), "{error}");
}

/// One endpoint per serde `rename_all` rule, with fields that exercise its word splitting.
macro_rules! rename_all_cases {
    ($($name:ident: $rule:literal,)*) => {
        $(
            #[wx_endpoint(path = "/test/rename")]
            #[serde(rename_all = $rule)]
            pub struct $name {
                pub user_id: u8,
                pub official_account_user_id: u8,
                pub msg2_seq: u8,
                pub x: u8,
            }
        )*

        #[test]
        fn registry_names_match_what_serde_writes_for_every_rename_rule() {
            $(
                let written = serde_json::to_value($name { user_id: 0, official_account_user_id: 0, msg2_seq: 0, x: 0 })
                    .unwrap();
                let mut written: Vec<String> = written.as_object().unwrap().keys().cloned().collect();
                let info = registry::endpoint(::core::concat!("dsl_wire::", ::core::stringify!($name))).unwrap();
                let mut documented: Vec<String> = info.fields.iter().map(|f| f.name.to_owned()).collect();
                written.sort();
                documented.sort();
                assert_eq!(written, documented, "rename_all = {}", $rule);
            )*
        }
    };
}

rename_all_cases! {
    RenameLower: "lowercase",
    RenameUpper: "UPPERCASE",
    RenamePascal: "PascalCase",
    RenameCamel: "camelCase",
    RenameSnake: "snake_case",
    RenameScreamingSnake: "SCREAMING_SNAKE_CASE",
    RenameKebab: "kebab-case",
    RenameScreamingKebab: "SCREAMING-KEBAB-CASE",
}

#[tokio::test]
async fn query_fields_of_a_post_travel_in_the_query_and_not_in_the_body() {
    let server = ok_server::<StorageWithQuery>().await;
    let request = StorageWithQuery {
        openid: "o 1&x".into(),
        method: "hmac_sha256".into(),
        lang: None,
        kv_list: vec!["a".into()],
    };
    request.call(&client_for(&server)).await.unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.query(),
        Some(format!("v=1&access_token={ACCESS_TOKEN}&openid=o+1%26x&sig_method=hmac_sha256").as_str()),
        "after the fixed query and the credential, encoded, an unset optional left out"
    );
    assert_eq!(sent.body, br#"{"kv_list":["a"]}"#);

    let invalid = StorageWithQuery { openid: String::new(), ..request }.validate().unwrap_err();
    assert_eq!(invalid.field(), "openid", "rules apply to query fields too");

    let info = registry::endpoint("StorageWithQuery").unwrap();
    let encoded = info.encode_json().unwrap()(json!({
        "openid": "o1", "sig_method": "m", "lang": "en", "kv_list": []
    }))
    .unwrap();
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    };
    assert_eq!(encoded.query, pairs(&[("openid", "o1"), ("sig_method", "m"), ("lang", "en")]));
    assert_eq!(encoded.body, registry::EncodedBody::Json(json!({"kv_list": []})));
    let openid = info.fields.iter().find(|f| f.name == "openid").unwrap();
    assert_eq!(openid.rules, ["non_empty", "query"]);

    let server = ok_server::<UploadWithType>().await;
    let media = Upload::new("a.jpg", "image/jpeg", &b"\xff\xd8"[..]);
    UploadWithType { media_type: "image".into(), media }.call(&client_for(&server)).await.unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.url.query(), Some(format!("access_token={ACCESS_TOKEN}&type=image").as_str()));
    let body = String::from_utf8_lossy(&sent.body);
    assert!(body.contains(r#"name="media"; filename="a.jpg""#), "{body}");
    assert!(!body.contains(r#"name="type""#), "the query field is not a part: {body}");
}
