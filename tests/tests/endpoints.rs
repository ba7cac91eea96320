//! The five seed endpoints against a loopback server: the exact wire format of each document's
//! sample request, success, every documented error code, an undocumented code, validation that
//! sends nothing, and malformed responses.

use serde_json::{json, Value};
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::im::official_account::{
    ModifyOfficialAccountBaseInfo, ModifyOfficialAccountBaseInfoError, OfficialAccountError,
};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSignature, SetSignatureError};
use wx_endpoints::wechat::category::{Certificate, ModifyCategory};
use wx_endpoints::wechat::store::ModifyWxaStore;
use wx_endpoints::{ApiErrorKind, ApiFamily, Endpoint, Error, Rule, TransportErrorKind};
use wx_tests::*;

/// Calls `request` for the test authorizer (WeChat) or as the IM administrator.
async fn call<E: Endpoint>(server: &MockServer, request: &E) -> Result<E::Response, Error<E::Error>> {
    let client = client_for(server);
    match E::FAMILY {
        ApiFamily::WeChat => client.authorizer(AUTHORIZER_APPID).call(request).await,
        ApiFamily::TencentIm => client.call(request).await,
    }
}

/// Method, path, query and body of the one request the server saw.
async fn assert_wire<E: Endpoint>(server: &MockServer, expected_body: &Value) {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request");
    let request = &requests[0];
    assert_eq!(request.method.as_str(), E::METHOD.as_str());
    assert_eq!(request.url.path(), E::PATH);
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    match E::FAMILY {
        ApiFamily::WeChat => {
            assert_eq!(query, [("access_token".to_owned(), AUTHORIZER_TOKEN.to_owned())]);
        }
        ApiFamily::TencentIm => {
            let keys: Vec<&str> = query.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(keys, ["sdkappid", "identifier", "usersig", "random", "contenttype"]);
            assert_eq!(query[0].1, IM_SDKAPPID.to_string());
            assert_eq!(query[1].1, IM_ADMIN);
            assert_eq!(query[2].1, IM_USERSIG);
            query[3].1.parse::<u32>().expect("random is a u32");
            assert_eq!(query[4].1, "json");
        }
    }
    assert_eq!(request.headers.get("content-type").unwrap(), "application/json");
    let body: Value = serde_json::from_slice(&request.body).expect("a JSON body");
    assert_eq!(&body, expected_body);
}

/// Every scenario of the issue for one endpoint; `invalid` requests must fail validation.
async fn exercise<E>(request: E, expected_body: Value, invalid: &[(E, &str, Rule)])
where
    E: Endpoint,
    E::Response: std::fmt::Debug,
{
    let server = MockServer::start().await;

    // Success, and the request exactly as documented.
    respond::<E>(&server, ResponseTemplate::new(200).set_body_json(success_body(E::FAMILY))).await;
    call(&server, &request).await.expect("success");
    assert_wire::<E>(&server, &expected_body).await;

    // Every documented code maps to its variant.
    assert!(!E::ERRORS.is_empty());
    for doc in E::ERRORS {
        respond::<E>(
            &server,
            ResponseTemplate::new(200).set_body_json(failure_body(E::FAMILY, doc.code, "server says")),
        )
        .await;
        let error = call(&server, &request).await.expect_err("a failure envelope");
        let Error::Api { kind, ref message, .. } = error else { panic!("{error:?} for {}", doc.code) };
        let code = kind.code();
        assert_eq!((code, kind.code()), (doc.code, doc.code));
        assert!(kind.is_documented());
        let variant = match doc.table {
            Some(table) => format!("{table}({})", doc.variant),
            None => doc.variant.to_owned(),
        };
        assert_eq!(format!("{kind:?}"), variant);
        assert_eq!(kind.to_string(), doc.description);
        assert_eq!(E::Error::from_code(doc.code), kind);
        assert_eq!(message, "server says");
        assert!(error.to_string().starts_with(doc.description), "{error}");
        assert_eq!(server.received_requests().await.unwrap().len(), 1, "code {} is not retried", doc.code);
    }

    // An undocumented code is Unknown, and keeps the server's message.
    respond::<E>(&server, ResponseTemplate::new(200).set_body_json(failure_body(E::FAMILY, 99_999, "odd")))
        .await;
    let error = call(&server, &request).await.expect_err("a failure envelope");
    assert_eq!(error.kind().map(|k| k.is_documented()), Some(false));
    assert_eq!(error.code(), Some(99_999));
    assert!(error.to_string().starts_with("odd ("), "{error}");

    // Validation failures never reach the server.
    server.reset().await;
    for (bad, field, rule) in invalid {
        let error = call(&server, bad).await.expect_err("invalid");
        let Error::Invalid(invalid) = &error else { panic!("{error:?}") };
        assert_eq!((invalid.field(), invalid.rule()), (*field, rule));
    }
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");

    // Malformed responses are typed errors that carry no credential.
    let html =
        ResponseTemplate::new(502).set_body_raw("<html><body>502 Bad Gateway</body></html>", "text/html");
    respond::<E>(&server, html).await;
    let error = call(&server, &request).await.expect_err("502");
    let Error::Transport(transport) = &error else { panic!("{error:?}") };
    assert_eq!(transport.kind(), TransportErrorKind::Status(502));
    assert!(error.is_retryable());
    assert_no_secret(&error);

    respond::<E>(&server, ResponseTemplate::new(200)).await;
    let error = call(&server, &request).await.expect_err("empty body");
    let Error::Decode(decode) = &error else { panic!("{error:?}") };
    assert_eq!(decode.reason, "empty body");

    respond::<E>(
        &server,
        ResponseTemplate::new(200).set_body_raw(r#"{"errcode":0,"errm"#, "application/json"),
    )
    .await;
    let error = call(&server, &request).await.expect_err("truncated");
    let Error::Decode(decode) = &error else { panic!("{error:?}") };
    assert!(decode.reason.starts_with("bad envelope"), "{}", decode.reason);
    assert_eq!(decode.body_snippet, r#"{"errcode":0,"errm"#);
    assert_no_secret(&error);
}

fn assert_no_secret<E: ApiErrorKind>(error: &Error<E>) {
    let text = format!("{error} {error:?}");
    for secret in [ACCESS_TOKEN, AUTHORIZER_TOKEN, IM_USERSIG] {
        assert!(!text.contains(secret), "{text}");
    }
}

#[tokio::test]
async fn set_signature() {
    assert_eq!(SetSignature::PERM_SETS, [3, 30, 61]);
    assert_eq!(SetSignatureError::INVALID_SIGNATURE, 53204);
    let chars = |n: usize| SetSignature { signature: "中".repeat(n) };
    exercise(
        SetSignature { signature: " Provide a fun service. ".into() },
        json!({"signature": " Provide a fun service. "}),
        &[
            (chars(3), "signature", Rule::Chars { min: 4, max: 120, actual: 3 }),
            (chars(121), "signature", Rule::Chars { min: 4, max: 120, actual: 121 }),
        ],
    )
    .await;
    // The limits themselves pass: characters, not bytes, are counted.
    assert!(chars(4).validate().is_ok() && chars(120).validate().is_ok());
}

#[tokio::test]
async fn modify_wxa_store() {
    assert_eq!(ModifyWxaStore::PERM_SETS, [8, 9, 10, 13]);
    exercise(
        ModifyWxaStore { headimg_mediaid: String::new(), intro: Some("修改的内容".into()) },
        json!({"headimg_mediaid": "", "intro": "修改的内容"}),
        &[],
    )
    .await;
    // `null` means "leave the introduction unchanged": it is sent, not omitted.
    let unchanged = serde_json::to_value(ModifyWxaStore::default()).unwrap();
    assert_eq!(unchanged, json!({"headimg_mediaid": "", "intro": null}));
}

#[tokio::test]
async fn modify_official_account_base_info() {
    assert_eq!(ModifyOfficialAccountBaseInfo::FAMILY, ApiFamily::TencentIm);
    assert!(ModifyOfficialAccountBaseInfo::PERM_SETS.is_empty());
    assert_eq!(OfficialAccountError::ACCOUNT_NOT_FOUND, 130004);
    assert_eq!(
        ModifyOfficialAccountBaseInfoError::from_code(130004),
        ModifyOfficialAccountBaseInfoError::OfficialAccountError(OfficialAccountError::AccountNotFound)
    );
    let sample = ModifyOfficialAccountBaseInfo {
        official_account: "@TOA#_@TOA#dOEF".into(),
        name: Some("test_modify_official_account".into()),
        introduction: Some("This is modify test Introduction".into()),
        face_url: Some("http://this.is.face.url".into()),
        organization: Some("modify_organization".into()),
        custom_string: Some("modify_custom_string".into()),
        max_subscriber_num: Some(1000),
    };
    let account = |official_account: &str| ModifyOfficialAccountBaseInfo {
        official_account: official_account.into(),
        ..Default::default()
    };
    let bytes = |field: &'static str, max: usize, actual: usize| (field, Rule::MaxBytes { max, actual });
    let mut invalid = vec![(account("@TOA#dOEF"), "Official_Account", Rule::Prefix { prefix: "@TOA#_" })];
    // 51 Chinese characters are 153 bytes: over the 150-byte name limit.
    for (request, (field, rule)) in [
        (
            ModifyOfficialAccountBaseInfo { name: Some("中".repeat(51)), ..account("@TOA#_a") },
            bytes("Name", 150, 153),
        ),
        (
            ModifyOfficialAccountBaseInfo { introduction: Some("x".repeat(401)), ..account("@TOA#_a") },
            bytes("Introduction", 400, 401),
        ),
        (
            ModifyOfficialAccountBaseInfo { face_url: Some("x".repeat(501)), ..account("@TOA#_a") },
            bytes("FaceUrl", 500, 501),
        ),
        (
            ModifyOfficialAccountBaseInfo { organization: Some("组".repeat(167)), ..account("@TOA#_a") },
            bytes("Organization", 500, 501),
        ),
        (
            ModifyOfficialAccountBaseInfo { custom_string: Some("x".repeat(3001)), ..account("@TOA#_a") },
            bytes("CustomString", 3000, 3001),
        ),
    ] {
        invalid.push((request, field, rule));
    }
    exercise(
        sample,
        json!({
            "Official_Account": "@TOA#_@TOA#dOEF", "CustomString": "modify_custom_string",
            "FaceUrl": "http://this.is.face.url", "Introduction": "This is modify test Introduction",
            "Name": "test_modify_official_account", "Organization": "modify_organization",
            "MaxSubscriberNum": 1000
        }),
        &invalid,
    )
    .await;
    // Exactly at the limit passes; unset optionals are omitted from the body.
    let at_limit = ModifyOfficialAccountBaseInfo { name: Some("中".repeat(50)), ..account("@TOA#_a") };
    assert!(at_limit.validate().is_ok());
    assert_eq!(serde_json::to_value(account("@TOA#_a")).unwrap(), json!({"Official_Account": "@TOA#_a"}));
}

#[tokio::test]
async fn modify_category() {
    assert_eq!(ModifyCategory::PERM_SETS, [30, 61]);
    // The document's sample misses a comma between "key" and "value"; this is the evident intent.
    exercise(
        ModifyCategory {
            first: 8,
            second: 39,
            certificates: vec![Certificate {
                key: "business permit for private entry and exit intermediary institutions.".into(),
                value: String::new(),
                ..Default::default()
            }],
        },
        json!({
            "first": 8,
            "second": 39,
            "certicates": [{"key": "business permit for private entry and exit intermediary institutions.", "value": ""}]
        }),
        &[],
    )
    .await;
}

#[tokio::test]
async fn set_search_status() {
    assert_eq!(SetSearchStatus::PERM_SETS, [18]);
    exercise(SetSearchStatus { status: SearchStatus::Searchable }, json!({"status": 0}), &[]).await;
    assert_eq!(
        serde_json::to_value(SetSearchStatus { status: SearchStatus::Hidden }).unwrap(),
        json!({"status": 1})
    );
}
