//! A user's own endpoint, declared with nothing but `wx-endpoints`.

use wx_endpoints::wx_endpoint;

/// The quota of one API path (`POST /cgi-bin/openapi/quota/get`).
#[derive(Debug, PartialEq, Eq, wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct Quota {
    pub daily_limit: u64,
    pub used: u64,
    pub remain: u64,
}

#[derive(Debug, PartialEq, Eq, wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct QuotaResponse {
    pub quota: Quota,
}

/// Reads how much of an API's daily quota is left.
#[wx_endpoint(
    name = "getApiQuota",
    path = "/cgi-bin/openapi/quota/get",
    credential = app,
    response = QuotaResponse,
    errors(
        -1 => SystemBusy: "system busy; retry later",
        76021 => BadCgiPath: "cgi_path is not a valid API path",
    ),
)]
#[derive(Clone, Debug)]
pub struct GetApiQuota {
    #[wx(non_empty, prefix = "/")]
    pub cgi_path: String,
}

wx_endpoints::error_table! {
    /// Codes every plugin command answers (declared once, used by each).
    pub PluginError {
        89236 => PluginNotFound: "the plugin does not exist",
        89237 => AlreadyApplied: "the plugin was already applied for",
    }
}

/// Applies for a plugin: `POST /wxa/plugin?action=apply`, a fixed query parameter.
#[wx_endpoint(
    name = "applyPlugin",
    path = "/wxa/plugin",
    query = "action=apply",
    perm_sets = [40],
    errors(use PluginError, use wx_endpoints::wechat::CommonError, 89238 => TooMany: "too many plugins"),
)]
#[derive(Clone, Debug)]
pub struct ApplyPlugin {
    #[wx(non_empty)]
    pub plugin_appid: String,
    pub reason: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use wx_endpoints::{Client, Endpoint, Error, StaticCredentials};

    /// A one-shot loopback HTTP server answering `body`; returns its base URL and the request text.
    fn serve_once(body: &'static str) -> (String, std::thread::JoinHandle<String>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            // Read the head, then as many body bytes as Content-Length says.
            loop {
                let n = stream.read(&mut buf).unwrap();
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request);
                if let Some(head_end) = text.find("\r\n\r\n") {
                    let length = text[..head_end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase().strip_prefix("content-length: ").map(str::to_owned)
                        })
                        .map_or(0, |v| v.trim().parse().unwrap());
                    if request.len() >= head_end + 4 + length {
                        break;
                    }
                }
            }
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(response.as_bytes()).unwrap();
            String::from_utf8(request).unwrap()
        });
        (base, handle)
    }

    #[tokio::test]
    async fn a_user_defined_endpoint_works_end_to_end() {
        let (base, server) =
            serve_once(r#"{"errcode":0,"errmsg":"ok","quota":{"daily_limit":2000,"used":5,"remain":1995}}"#);
        let client = Client::builder()
            .wechat_base_url(base)
            .credentials(StaticCredentials::new().access_token("USER_TOKEN"))
            .build()
            .unwrap();
        let response = GetApiQuota { cgi_path: "/wxa/getpaidunionid".into() }.call(&client).await.unwrap();
        assert_eq!(response.quota, Quota { daily_limit: 2000, used: 5, remain: 1995 });
        let request = server.join().unwrap();
        assert!(request.starts_with("POST /cgi-bin/openapi/quota/get?access_token=USER_TOKEN HTTP/1.1\r\n"));
        assert!(request.ends_with(r#"{"cgi_path":"/wxa/getpaidunionid"}"#));
    }

    #[tokio::test]
    async fn fixed_query_and_shared_tables_work_from_a_user_crate() {
        let (base, server) = serve_once(r#"{"errcode":89237,"errmsg":"already applied"}"#);
        let client = Client::builder()
            .wechat_base_url(base)
            .credentials(StaticCredentials::new().authorizer_token("wx1234567890abcdef", "MERCHANT_TOKEN"))
            .build()
            .unwrap();
        let request = ApplyPlugin { plugin_appid: "wxplugin".into(), reason: None };
        let error = request.call(&client.authorizer("wx1234567890abcdef")).await.unwrap_err();
        assert!(
            matches!(
                error,
                Error::Api { kind: ApplyPluginError::PluginError(PluginError::AlreadyApplied), .. }
            ),
            "{error:?}"
        );
        let request = server.join().unwrap();
        assert!(request.starts_with("POST /wxa/plugin?action=apply&access_token=MERCHANT_TOKEN HTTP/1.1\r\n"));
        assert!(request.ends_with(r#"{"plugin_appid":"wxplugin"}"#));
        assert_eq!(
            ApplyPluginError::from_code(-1),
            ApplyPluginError::CommonError(wx_endpoints::wechat::CommonError::SystemBusy)
        );
    }

    #[tokio::test]
    async fn its_errors_and_validation_are_typed() {
        assert_eq!(GetApiQuota::NAME, "getApiQuota");
        assert_eq!(GetApiQuotaError::from_code(76021), GetApiQuotaError::BadCgiPath);
        let client = Client::builder().build().unwrap();
        let error = GetApiQuota { cgi_path: "wxa".into() }.call(&client).await.unwrap_err();
        assert!(matches!(error, Error::Invalid(ref invalid) if invalid.field() == "cgi_path"), "{error}");
    }
}
