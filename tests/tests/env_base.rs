//! Base URLs from `WX_API_BASE` / `TIM_API_BASE`. A test binary of its own: it sets process
//! environment variables, which no other test may read concurrently.

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::im::official_account::ModifyOfficialAccountBaseInfo;
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
use wx_endpoints::{BuildError, Client, StaticCredentials};
use wx_tests::respond;

#[tokio::test]
async fn base_urls_come_from_the_builder_then_the_environment() {
    let wechat = MockServer::start().await;
    let im = MockServer::start().await;
    respond::<SetSearchStatus>(&wechat, ResponseTemplate::new(200).set_body_json(json!({"errcode": 0})))
        .await;
    respond::<ModifyOfficialAccountBaseInfo>(
        &im,
        ResponseTemplate::new(200).set_body_json(json!({"ActionStatus": "OK"})),
    )
    .await;
    std::env::set_var("WX_API_BASE", format!("{}/", wechat.uri()));
    std::env::set_var("TIM_API_BASE", im.uri());
    let credentials = StaticCredentials::new().access_token("T").im_usersig("S");
    let client = Client::builder().credentials(credentials.clone()).im(1400000000, "admin").build().unwrap();
    SetSearchStatus { status: SearchStatus::Hidden }.call(&client).await.unwrap();
    let account = ModifyOfficialAccountBaseInfo { official_account: "@TOA#_a".into(), ..Default::default() };
    account.call(&client).await.unwrap();
    assert_eq!(wechat.received_requests().await.unwrap().len(), 1);
    assert_eq!(im.received_requests().await.unwrap().len(), 1);

    // The builder wins over the environment.
    let builder_base = Client::builder().credentials(credentials).wechat_base_url(im.uri()).build().unwrap();
    SetSearchStatus { status: SearchStatus::Hidden }.call(&builder_base).await.unwrap_err();
    assert_eq!(wechat.received_requests().await.unwrap().len(), 1);

    std::env::set_var("WX_API_BASE", "ftp://example");
    let error = Client::builder().build().unwrap_err();
    assert!(matches!(error, BuildError::BaseUrl { origin: "WX_API_BASE", .. }), "{error}");
    std::env::remove_var("WX_API_BASE");
    std::env::remove_var("TIM_API_BASE");
}
