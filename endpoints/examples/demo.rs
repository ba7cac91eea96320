//! The demo of this stage: all five seed endpoints against a loopback server this program starts.
//!
//! ```sh
//! cargo run -p wx-endpoints --example demo
//! ```
//!
//! The server answers like WeChat and Tencent IM would: some calls succeed, some fail with documented
//! codes, which arrive as typed variants. One request breaks a documented limit and is never sent.

use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wx_endpoints::im::official_account::{ModifyOfficialAccountBaseInfo, ModifyOfficialAccountBaseInfoError};
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus, SetSearchStatusError, SetSignature};
use wx_endpoints::wechat::category::{Certificate, ModifyCategory, ModifyCategoryError};
use wx_endpoints::wechat::store::ModifyWxaStore;
use wx_endpoints::{Client, Error, StaticCredentials};

const MERCHANT: &str = "wx1234567890abcdef";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = fake_servers().await;
    let client = Client::builder()
        .wechat_base_url(server.uri())
        .im_base_url(server.uri())
        .im(1400000000, "administrator")
        .credentials(
            StaticCredentials::new()
                .authorizer_token(MERCHANT, "demo-authorizer-token")
                .im_usersig("demo-admin-usersig"),
        )
        .build()?;
    let merchant = client.authorizer(MERCHANT);
    println!("fake WeChat + Tencent IM on {}\n", server.uri());

    let signature = SetSignature { signature: "为商户提供有趣的服务".into() };
    report("setSignature", signature.call(&merchant).await);

    let too_short = SetSignature { signature: "短".into() };
    report("setSignature (1 character)", too_short.call(&merchant).await);

    let store = ModifyWxaStore { headimg_mediaid: String::new(), intro: Some("修改的内容".into()) };
    report("modifywxastore", store.call(&merchant).await);

    let category = ModifyCategory {
        first: 8,
        second: 39,
        certificates: vec![Certificate {
            key: "intermediary business permit".into(),
            value: "MEDIA_ID".into(),
            ..Default::default()
        }],
    };
    match category.call(&merchant).await {
        Err(Error::Api { kind: ModifyCategoryError::NotRejected, .. }) => {
            println!("modifyCategory → the category passed review; nothing to modify (typed: NotRejected)")
        }
        other => report("modifyCategory", other),
    }

    let hide = SetSearchStatus { status: SearchStatus::Hidden };
    match hide.call(&merchant).await {
        Err(Error::Api { kind: SetSearchStatusError::SearchStatusBanned, .. }) => {
            println!("setSearchStatus → banned: tell the operator (typed: SearchStatusBanned)")
        }
        other => report("setSearchStatus", other),
    }

    let profile = ModifyOfficialAccountBaseInfo {
        official_account: "@TOA#_demo".into(),
        name: Some("Demo account".into()),
        max_subscriber_num: Some(1000),
        ..Default::default()
    };
    report("modify_official_account_base_info", profile.call(&client).await);

    let gone = ModifyOfficialAccountBaseInfo { official_account: "@TOA#_gone".into(), ..Default::default() };
    match gone.call(&client).await {
        Err(e @ Error::Api { kind: ModifyOfficialAccountBaseInfoError::AccountNotFound, .. }) => {
            println!("modify_official_account_base_info (@TOA#_gone) → {e}")
        }
        other => report("modify_official_account_base_info (@TOA#_gone)", other),
    }

    println!("\nwhat the server received (credentials redacted):");
    for request in server.received_requests().await.unwrap_or_default() {
        let query: Vec<String> = request
            .url
            .query_pairs()
            .map(|(k, v)| match &*k {
                "access_token" | "usersig" => format!("{k}=***"),
                _ => format!("{k}={v}"),
            })
            .collect();
        println!("  {} {}?{}", request.method, request.url.path(), query.join("&"));
        println!("    {}", String::from_utf8_lossy(&request.body));
    }
    Ok(())
}

fn report<T: std::fmt::Debug, E: wx_endpoints::ApiErrorKind>(what: &str, result: Result<T, Error<E>>) {
    match result {
        Ok(value) => println!("{what} → ok {value:?}"),
        Err(e) => println!("{what} → {} error: {e}", e.class().as_str()),
    }
}

/// A loopback server with the answers the documents describe.
async fn fake_servers() -> MockServer {
    let server = MockServer::start().await;
    let ok = || ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "errmsg": "ok"}));
    let wechat_error = |code: i64, message: &str| {
        ResponseTemplate::new(200).set_body_json(json!({"errcode": code, "errmsg": message}))
    };
    Mock::given(method("POST"))
        .and(path("/cgi-bin/account/modifysignature"))
        .respond_with(ok())
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(path("/wxa/modify_merchant")).respond_with(ok()).mount(&server).await;
    Mock::given(method("POST"))
        .and(path("/cgi-bin/wxopen/modifycategory"))
        .respond_with(wechat_error(53307, "only rejected categories can be modified rid: 6552a1b2-0c1d2e3f"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/wxa/changewxasearchstatus"))
        .respond_with(wechat_error(85083, "search status is banned"))
        .mount(&server)
        .await;
    let im_path = "/v4/official_account_open_http_svc/modify_official_account_base_info";
    Mock::given(method("POST"))
        .and(path(im_path))
        .and(body_partial_json(json!({"Official_Account": "@TOA#_gone"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"ActionStatus": "FAIL", "ErrorCode": 130004, "ErrorInfo": "official account not exist"}),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(im_path))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0})),
        )
        .mount(&server)
        .await;
    server
}
