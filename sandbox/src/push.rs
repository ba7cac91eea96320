//! Pushes to the platform's two URLs, encrypted as WeChat does (WXBizMsgCrypt): the
//! authorization-event URL (tickets, authorizations) and the message-and-event URL (an authorizer's
//! messages and events, `$APPID$` in the URL replaced by the authorizer's appid).

use serde::Serialize;
use wx_runtime::callback::MsgCrypt;

use crate::Control;

const VERIFY_TICKET_VALIDITY_S: u64 = 12 * 3600;

/// What became of one push: the platform's answer, or why there was none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// What was pushed: the `InfoType` (`component_verify_ticket`, `authorized`, ...) or `message`.
    pub kind: &'static str,
    /// The HTTP status of the answer; none when no answer came.
    pub status: Option<u16>,
    /// The answer's body (WeChat expects `success` on the authorization-event URL).
    pub answer: String,
    /// Why no answer came.
    pub error: Option<String>,
}

impl Delivery {
    fn of(kind: &'static str, result: Result<(u16, String), String>) -> Self {
        match result {
            Ok((status, answer)) => Delivery { kind, status: Some(status), answer, error: None },
            Err(error) => Delivery { kind, status: None, answer: String::new(), error: Some(error) },
        }
    }

    /// Whether the platform took it: `success` on the authorization-event URL, any 200 answer on
    /// the message URL (a passive reply, `success` or nothing).
    pub fn succeeded(&self) -> bool {
        self.status == Some(200) && (self.kind == MESSAGE || self.answer == "success")
    }
}

/// The kind of a push to the message-and-event URL.
const MESSAGE: &str = "message";

fn crypt(control: &Control) -> Result<MsgCrypt, String> {
    let state = control.lock();
    MsgCrypt::new(
        state.config.callback_token.as_str(),
        &state.config.encoding_aes_key,
        state.config.component_appid.clone(),
    )
    .map_err(|e| e.to_string())
}

/// Sends one push (the URL and body, or why they could not be made) and counts it by kind.
async fn deliver(
    control: &Control,
    kind: &'static str,
    request: Result<(String, String), String>,
) -> Delivery {
    let sent = match request {
        Ok((url, body)) => match control.http.post(url).body(body).send().await {
            Ok(response) => Ok((response.status().as_u16(), response.text().await.unwrap_or_default())),
            Err(e) => Err(e.without_url().to_string()),
        },
        Err(e) => Err(e),
    };
    let delivery = Delivery::of(kind, sent);
    let succeeded = delivery.succeeded();
    if succeeded {
        tracing::info!(kind, status = delivery.status, "pushed");
    } else {
        tracing::warn!(kind, status = delivery.status, error = delivery.error, answer = %delivery.answer, "push not taken");
    }
    control.lock().count_push(kind, succeeded);
    delivery
}

/// Posts to the authorization-event URL: the query carries `timestamp`, `nonce`, `encrypt_type` and
/// `msg_signature`, the body the component appid and the ciphertext.
async fn post(control: &Control, kind: &'static str, callback_url: &str, plaintext: &str) -> Delivery {
    let request = crypt(control).map(|crypt| {
        let (timestamp, nonce, appid) = {
            let mut state = control.lock();
            let nonce = format!("{:08x}", state.rng.u32(..));
            (state.now().to_string(), nonce, state.config.component_appid.clone())
        };
        let encrypt = crypt.encrypt(plaintext);
        let signature = crypt.signature(&timestamp, &nonce, &encrypt);
        let url = format!(
            "{callback_url}?timestamp={timestamp}&nonce={nonce}&encrypt_type=aes&msg_signature={signature}"
        );
        let body =
            format!("<xml><AppId><![CDATA[{appid}]]></AppId><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
        (url, body)
    });
    deliver(control, kind, request).await
}

/// Posts `plaintext` for `authorizer` to the message-and-event URL, as WeChat does: the query
/// carries `signature`, `timestamp`, `nonce`, `openid`, `encrypt_type` and `msg_signature`, the body
/// the account's original ID and the ciphertext.
pub async fn message(
    control: &Control,
    url_template: &str,
    authorizer: &str,
    username: &str,
    openid: &str,
    plaintext: &str,
) -> Delivery {
    let request = crypt(control).map(|crypt| {
        let (timestamp, nonce) = {
            let mut state = control.lock();
            let nonce = format!("{:010}", state.rng.u32(..));
            (state.now().to_string(), nonce)
        };
        let encrypt = crypt.encrypt(plaintext);
        let msg_signature = crypt.signature(&timestamp, &nonce, &encrypt);
        let signature = crypt.plain_signature(&timestamp, &nonce);
        let url = format!(
            "{}?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openid}&encrypt_type=aes&msg_signature={msg_signature}",
            url_template.replace("$APPID$", authorizer)
        );
        let body = format!(
            "<xml><ToUserName><![CDATA[{username}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
        );
        (url, body)
    });
    deliver(control, MESSAGE, request).await
}

/// A submitted version of `authorizer` passed review: `weapp_audit_success` to the message URL.
pub async fn audit_passed(control: &Control, authorizer: &str) -> Option<Delivery> {
    let (url, plaintext, username) = {
        let state = control.lock();
        let url = state.config.message_url.clone()?;
        let now = state.now();
        let username = crate::state::username_of(authorizer);
        let plaintext = format!(
            "<xml><ToUserName><![CDATA[{username}]]></ToUserName><FromUserName><![CDATA[{SYSTEM_OPENID}]]></FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[weapp_audit_success]]></Event><SuccTime>{now}</SuccTime></xml>"
        );
        (url, plaintext, username)
    };
    Some(message(control, &url, authorizer, &username, SYSTEM_OPENID, &plaintext).await)
}

/// The system account events come from (`FromUserName` of review results).
const SYSTEM_OPENID: &str = "od1P50M-fNQI5Gcq-trm4a7apsU8";

/// Pushes a fresh component_verify_ticket to `callback_url` (earlier ones work until they expire).
pub async fn ticket(control: &Control, callback_url: &str) -> Delivery {
    let plaintext = {
        let mut state = control.lock();
        let ticket = state.mint("ticket@@@");
        let now = state.now();
        state.verify_tickets.retain(|_, expires_at| *expires_at > now);
        state.verify_tickets.insert(ticket.clone(), now + VERIFY_TICKET_VALIDITY_S);
        let appid = &state.config.component_appid;
        format!(
            "<xml><AppId>{appid}</AppId><CreateTime>{now}</CreateTime><InfoType>component_verify_ticket</InfoType><ComponentVerifyTicket>{ticket}</ComponentVerifyTicket></xml>"
        )
    };
    post(control, "component_verify_ticket", callback_url, &plaintext).await
}

/// `authorizer` authorized the platform through `pre_auth_code` (or changed what it grants, for
/// `updateauthorized`): the push carries that code and `authorization_code`.
pub async fn authorized(
    control: &Control,
    callback_url: &str,
    info_type: &'static str,
    authorizer: &str,
    authorization_code: &str,
    pre_auth_code: &str,
) -> Delivery {
    let plaintext = {
        let state = control.lock();
        let now = state.now();
        let appid = &state.config.component_appid;
        format!(
            "<xml><AppId>{appid}</AppId><CreateTime>{now}</CreateTime><InfoType>{info_type}</InfoType><AuthorizerAppid>{authorizer}</AuthorizerAppid><AuthorizationCode>{authorization_code}</AuthorizationCode><AuthorizationCodeExpiredTime>{}</AuthorizationCodeExpiredTime><PreAuthCode>{pre_auth_code}</PreAuthCode></xml>",
            now + 3600
        )
    };
    post(control, info_type, callback_url, &plaintext).await
}

/// `authorizer` cancelled its authorization.
pub async fn unauthorized(control: &Control, callback_url: &str, authorizer: &str) -> Delivery {
    let plaintext = {
        let state = control.lock();
        let now = state.now();
        let appid = &state.config.component_appid;
        format!(
            "<xml><AppId>{appid}</AppId><CreateTime>{now}</CreateTime><InfoType>unauthorized</InfoType><AuthorizerAppid>{authorizer}</AuthorizerAppid></xml>"
        )
    };
    post(control, "unauthorized", callback_url, &plaintext).await
}
