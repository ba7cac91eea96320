//! Shared pieces of the integration suites: loopback mock servers and clients pointed at them.

pub mod fake_tokens;
pub mod fault_server;
pub mod golden;
pub mod redis_server;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wx_endpoints::{ApiFamily, Client, Endpoint, RetryPolicy, StaticCredentials};

/// The token every test client sends; tests assert it never leaks.
pub const ACCESS_TOKEN: &str = "ACCESS_TOKEN_SECRET_a1b2c3";
pub const AUTHORIZER_APPID: &str = "wx1234567890abcdef";
pub const AUTHORIZER_TOKEN: &str = "AUTHORIZER_TOKEN_SECRET_d4e5f6";
pub const IM_USERSIG: &str = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwjDB4pTsxI*USERSIG_SECRET";
pub const IM_SDKAPPID: u64 = 1400000000;
pub const IM_ADMIN: &str = "administrator";

/// A client whose both families point at `server`, with static credentials for every kind, and no
/// retries (these tests count exact requests; `tests/faults.rs` covers the retry policy).
pub fn client_for(server: &MockServer) -> Client {
    Client::builder()
        .retry(RetryPolicy::none())
        .wechat_base_url(server.uri())
        .im_base_url(server.uri())
        .im(IM_SDKAPPID, IM_ADMIN)
        .credentials(
            StaticCredentials::new()
                .access_token(ACCESS_TOKEN)
                .authorizer_token(AUTHORIZER_APPID, AUTHORIZER_TOKEN)
                .component_token("COMPONENT_TOKEN_SECRET")
                .im_usersig(IM_USERSIG),
        )
        .build()
        .expect("loopback client")
}

/// A successful envelope of `family`.
pub fn success_body(family: ApiFamily) -> serde_json::Value {
    match family {
        ApiFamily::WeChat => serde_json::json!({"errcode": 0, "errmsg": "ok"}),
        ApiFamily::TencentIm => serde_json::json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}),
    }
}

/// A failure envelope of `family` with `code`.
pub fn failure_body(family: ApiFamily, code: i64, message: &str) -> serde_json::Value {
    match family {
        ApiFamily::WeChat => serde_json::json!({"errcode": code, "errmsg": message}),
        ApiFamily::TencentIm => {
            serde_json::json!({"ActionStatus": "FAIL", "ErrorInfo": message, "ErrorCode": code})
        }
    }
}

/// Answers every request to `E`'s path with `response`.
pub async fn respond<E: Endpoint>(server: &MockServer, response: ResponseTemplate) {
    server.reset().await;
    Mock::given(method(E::METHOD.as_str())).and(path(E::PATH)).respond_with(response).mount(server).await;
}

/// Hands the task back to tokio once, which refills its cooperative budget. A test that awaited
/// hundreds of ready futures calls it before it ends: wiremock's `MockServer` verifies on drop on a
/// blocking executor, and tokio's locks answer `Pending` (and wake at once) to a task whose budget
/// is spent, so that verification would spin forever at full CPU (seen about once in thirty runs of
/// the IM burst tests).
pub async fn refill_coop_budget() {
    tokio::task::yield_now().await;
}
