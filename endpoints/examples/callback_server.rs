//! A third-party platform's two push URLs, ready to run: the authorization-event URL at
//! `POST /wechat/component` (tickets, authorizations, revocations: fed into the token lifecycle)
//! and the message-and-event URL at `POST /wechat/{appid}/callback` (the merchants' messages and
//! events, typed and logged), with WeChat's release check answered.
//!
//! ```sh
//! WX_CALLBACK_TOKEN=... WX_CALLBACK_AES_KEY=... WX_COMPONENT_APPID=... WX_COMPONENT_SECRET=... \
//!     cargo run -p wx-endpoints --example callback_server
//! ```
//!
//! `WX_API_BASE` (default `https://api.weixin.qq.com`) points the platform's API calls elsewhere,
//! e.g. at the sandbox; `PORT` (default 8080) is the port on 127.0.0.1. Messages are answered
//! nothing (`success`) except a text `ping`, answered `pong`.

use std::sync::Arc;

use wx_endpoints::callback::{CallbackHandler, MsgCrypt};
use wx_endpoints::push::{axum::routes, Answer, Message, PushHandler, PushKind, Reply};
use wx_endpoints::Client;

/// A required variable, or a one-line error naming it.
fn var(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set (see the example's documentation)"))
}

#[tokio::main]
async fn main() {
    if let Err(error) = run().await {
        eprintln!("error: {error}");
        std::process::exit(2);
    }
}

async fn run() -> Result<(), String> {
    let token = var("WX_CALLBACK_TOKEN")?;
    let aes_key = var("WX_CALLBACK_AES_KEY")?;
    let appid = var("WX_COMPONENT_APPID")?;
    let secret = var("WX_COMPONENT_SECRET")?;
    let api_base =
        std::env::var("WX_API_BASE").unwrap_or_else(|_| wx_endpoints::DEFAULT_WECHAT_BASE.to_owned());
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|_| format!("PORT is not a port number: {port:?}"))?,
        Err(_) => 8080,
    };

    let client = Client::builder()
        .wechat_base_url(api_base)
        .component(appid.clone(), secret)
        .build()
        .map_err(|e| e.to_string())?;
    let crypt = MsgCrypt::new(token, &aes_key, appid).map_err(|e| format!("WX_CALLBACK_AES_KEY: {e}"))?;
    let tokens = client.tokens().ok_or("the client has no component credentials")?.clone();
    let component = Arc::new(CallbackHandler::new(crypt.clone(), tokens));
    let pushes = Arc::new(PushHandler::new(crypt, client));
    let app = routes(component, pushes, |push| async move {
        println!("push for {}: {:?}", push.authorizer_appid, push.kind);
        match push.kind {
            PushKind::Message(Message::Text { content }) if content == "ping" => {
                Answer::Reply(Reply::Text("pong".into()))
            }
            _ => Answer::Nothing,
        }
    });
    let listener =
        tokio::net::TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| format!("port {port}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    println!("listening on http://{address}: POST /wechat/component, POST /wechat/{{appid}}/callback");
    axum::serve(listener, axum::Router::new().nest("/wechat", app)).await.map_err(|e| e.to_string())
}
