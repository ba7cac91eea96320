//! The sandbox given the documents' samples (the golden corpus, read where it is): endpoints without
//! behaviour of their own answer the documented fields, to the SDK and to a raw HTTP client alike.

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;
use wx_endpoints::wechat::category::GetAllCategories;
use wx_endpoints::{Client, CredentialRequest, CredentialSource};
use wx_sandbox::{Samples, Sandbox, SandboxConfig};

fn corpus() -> Option<Samples> {
    let dir = std::env::var_os("WX_GOLDEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/api-docs/golden"));
    let path = dir.join("wechat-endpoints.json");
    if !path.exists() {
        println!("sandbox samples: not run, no corpus at {} (set WX_GOLDEN_CORPUS)", path.display());
        return None;
    }
    Some(Samples::load(&path).expect("the corpus reads as samples"))
}

#[tokio::test]
async fn documented_answers_reach_any_client() {
    let Some(samples) = corpus() else { return };
    assert!(samples.len() > 1000, "{} samples", samples.len());
    let config = SandboxConfig { samples: Some(Arc::new(samples)), ..SandboxConfig::default() };
    let sandbox = Sandbox::start_with(config, 0).await.unwrap();
    let c = sandbox.credentials();
    let client = Client::builder()
        .wechat_base_url(sandbox.base_url())
        .app(c.app_appid.clone(), c.app_secret.clone())
        .build()
        .unwrap();

    let all = GetAllCategories.call(&client).await.unwrap();
    assert!(!all.categories_list.categories.is_empty(), "the documented categories, typed");

    let token = client.tokens().unwrap().credential(CredentialRequest::App).await.unwrap();
    let http = reqwest::Client::new();
    let raw = |method: &str, path: &str| {
        let url = format!("{}{path}?access_token={}", sandbox.base_url(), token.expose());
        let request = match method {
            "GET" => http.get(url),
            _ => http.post(url).body("{}"),
        };
        async move { request.send().await.unwrap() }
    };
    let categories: Value = raw("GET", "/cgi-bin/wxopen/getallcategories").await.json().await.unwrap();
    assert!(categories["categories_list"]["categories"].is_array(), "{categories}");
    // A path outside the sandbox's own catalog, known from the documents alone.
    let phone: Value = raw("POST", "/wxa/business/getuserphonenumber").await.json().await.unwrap();
    assert!(phone["phone_info"]["purePhoneNumber"].is_string(), "{phone}");
    assert_eq!(raw("POST", "/wxa/not_a_documented_path").await.status(), 404);
}

#[tokio::test]
async fn without_samples_the_answers_are_bare() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = sandbox.credentials();
    let client = Client::builder()
        .wechat_base_url(sandbox.base_url())
        .app(c.app_appid.clone(), c.app_secret.clone())
        .build()
        .unwrap();
    assert!(GetAllCategories.call(&client).await.unwrap().categories_list.categories.is_empty());
}
