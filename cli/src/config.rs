//! The client a command calls with, from flags or the environment (`WX_*`, `TIM_*`, `REDIS_URL`),
//! or an in-process sandbox.

use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use wx_endpoints::callback::{axum::route, CallbackHandler, MsgCrypt};
use wx_endpoints::im::usersig::{self, UserSigParams};
use wx_endpoints::token::RedisStore;
use wx_endpoints::{Client, ClientBuilder, Secret, StaticCredentials};
use wx_sandbox::Sandbox;

use crate::exit::Failure;

/// Where to call and with which credentials. Secrets given here never appear in output or errors.
#[derive(Args, Debug)]
pub struct Connection {
    /// WeChat API base URL.
    #[arg(long, env = "WX_API_BASE")]
    pub wechat_base: Option<String>,
    /// Tencent IM base URL.
    #[arg(long, env = "TIM_API_BASE")]
    pub im_base: Option<String>,
    /// A static access token (used for the app, the component and `--authorizer` alike).
    #[arg(long, env = "WX_ACCESS_TOKEN", hide_env_values = true)]
    pub access_token: Option<String>,
    #[arg(long, env = "WX_APPID")]
    pub appid: Option<String>,
    #[arg(long, env = "WX_SECRET", hide_env_values = true)]
    pub secret: Option<String>,
    #[arg(long, env = "WX_COMPONENT_APPID")]
    pub component_appid: Option<String>,
    #[arg(long, env = "WX_COMPONENT_SECRET", hide_env_values = true)]
    pub component_secret: Option<String>,
    #[arg(long, env = "TIM_SDKAPPID")]
    pub tim_sdkappid: Option<u64>,
    #[arg(long, env = "TIM_IDENTIFIER")]
    pub tim_identifier: Option<String>,
    #[arg(long, env = "TIM_SECRET_KEY", hide_env_values = true)]
    pub tim_secret_key: Option<String>,
    /// A Redis token store shared with your services: `redis://host:port/db` (one node) or
    /// `redis+cluster://host:port,host:port` (a Redis Cluster).
    #[arg(long, env = "REDIS_URL", hide_env_values = true)]
    pub redis_url: Option<String>,
    /// Run against an in-process sandbox (onboarded: ticket pushed, merchant authorized).
    #[arg(long)]
    pub sandbox: bool,
}

/// A client, and the sandbox it runs against (kept alive while the call runs).
pub struct Connected {
    pub client: Client,
    pub default_authorizer: Option<String>,
    _sandbox: Option<Sandbox>,
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Connection {
    pub async fn connect(&self, authorizer: Option<&str>) -> Result<Connected, Failure> {
        if self.sandbox {
            return connect_sandbox(authorizer).await;
        }
        let mut builder = Client::builder();
        if let Some(base) = &self.wechat_base {
            builder = builder.wechat_base_url(base);
        }
        if let Some(base) = &self.im_base {
            builder = builder.im_base_url(base);
        }
        if let (Some(sdkappid), Some(identifier)) = (self.tim_sdkappid, &self.tim_identifier) {
            builder = builder.im(sdkappid, identifier);
        }
        builder = match &self.access_token {
            Some(token) => {
                let mut credentials =
                    StaticCredentials::new().access_token(token.as_str()).component_token(token.as_str());
                if let Some(appid) = authorizer {
                    credentials = credentials.authorizer_token(appid, token.as_str());
                }
                if let (Some(sdkappid), Some(identifier), Some(key)) =
                    (self.tim_sdkappid, &self.tim_identifier, &self.tim_secret_key)
                {
                    let key = Secret::from(key.as_str());
                    let params = UserSigParams {
                        sdkappid,
                        key: &key,
                        identifier,
                        expire: 86400,
                        time: now(),
                        userbuf: None,
                    };
                    credentials = credentials.im_usersig(usersig::generate(&params));
                }
                builder.credentials(credentials)
            }
            None => self.managed(builder).await?,
        };
        let client = builder.build().map_err(|e| Failure::usage(e.to_string()))?;
        Ok(Connected { client, default_authorizer: None, _sandbox: None })
    }

    async fn managed(&self, mut builder: ClientBuilder) -> Result<ClientBuilder, Failure> {
        if let (Some(appid), Some(secret)) = (&self.appid, &self.secret) {
            builder = builder.app(appid, secret.as_str());
        }
        if let (Some(appid), Some(secret)) = (&self.component_appid, &self.component_secret) {
            builder = builder.component(appid, secret.as_str());
        }
        if let Some(key) = &self.tim_secret_key {
            builder = builder.im_secret_key(key.as_str());
        }
        if let Some(url) = &self.redis_url {
            let store = RedisStore::connect(url, "wx", Duration::from_secs(2))
                .await
                .map_err(|e| Failure { code: 6, message: format!("token store: {e}") })?;
            builder = builder.store(store);
        }
        Ok(builder)
    }
}

/// Starts a sandbox, mounts a callback route, pushes the ticket and authorizes the merchant.
async fn connect_sandbox(authorizer: Option<&str>) -> Result<Connected, Failure> {
    let internal = |e: &dyn std::fmt::Display| Failure { code: 1, message: format!("sandbox: {e}") };
    let sandbox = Sandbox::start().await.map_err(|e| internal(&e))?;
    let c = sandbox.credentials().clone();
    let client = Client::builder()
        .wechat_base_url(sandbox.base_url())
        .im_base_url(sandbox.base_url())
        .app(c.app_appid.clone(), c.app_secret.as_str())
        .component(c.component_appid.clone(), c.component_secret.as_str())
        .im(c.im_sdkappid, c.im_admin.clone())
        .im_secret_key(c.im_key.as_str())
        .build()
        .map_err(|e| internal(&e))?;
    let tokens = client.tokens().ok_or_else(|| internal(&"no token manager"))?.clone();
    let crypt = MsgCrypt::new(c.callback_token.as_str(), &c.encoding_aes_key, c.component_appid.clone())
        .map_err(|e| internal(&e))?;
    let handler = Arc::new(CallbackHandler::new(crypt, tokens));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| internal(&e))?;
    let callback = format!("http://{}/callback", listener.local_addr().map_err(|e| internal(&e))?);
    let app = axum::Router::new().route("/callback", route(handler));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let ticket = sandbox.control().push_ticket(&callback).await;
    if !ticket.succeeded() {
        return Err(internal(&format!("the ticket push was not taken: {ticket:?}")));
    }
    let merchant = match authorizer {
        Some(authorizer) if c.merchants.iter().any(|m| m.appid == authorizer) => authorizer.to_owned(),
        Some(authorizer) => {
            let known: Vec<&str> = c.merchants.iter().map(|m| m.appid.as_str()).collect();
            return Err(Failure::usage(format!(
                "the sandbox has no merchant {authorizer}; it has {}",
                known.join(", ")
            )));
        }
        None => {
            c.merchants.first().map(|m| m.appid.clone()).ok_or_else(|| internal(&"no merchant configured"))?
        }
    };
    let authorized =
        sandbox.control().push_authorized(&callback, &merchant).await.map_err(|e| internal(&e))?;
    if !authorized.push.as_ref().is_some_and(wx_sandbox::Delivery::succeeded) {
        return Err(internal(&format!("the authorization push was not taken: {:?}", authorized.push)));
    }
    Ok(Connected { client, default_authorizer: Some(merchant), _sandbox: Some(sandbox) })
}
