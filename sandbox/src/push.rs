//! Pushes to the platform's two URLs, encrypted as WeChat does (WXBizMsgCrypt): the
//! authorization-event URL (tickets, authorizations) and the message-and-event URL (an authorizer's
//! messages and events, `$APPID$` in the URL replaced by the authorizer's appid).

use wx_runtime::callback::MsgCrypt;

use crate::Control;

const VERIFY_TICKET_VALIDITY_S: u64 = 12 * 3600;

fn crypt(control: &Control) -> Result<MsgCrypt, String> {
    let state = control.lock();
    MsgCrypt::new(
        state.config.callback_token.as_str(),
        &state.config.encoding_aes_key,
        state.config.component_appid.clone(),
    )
    .map_err(|e| e.to_string())
}

async fn post(control: &Control, callback_url: &str, plaintext: &str) -> Result<(u16, String), String> {
    let crypt = crypt(control)?;
    let (timestamp, nonce, appid) = {
        let state = control.lock();
        (state.now().to_string(), format!("{:08x}", fastrand::u32(..)), state.config.component_appid.clone())
    };
    let encrypt = crypt.encrypt(plaintext);
    let signature = crypt.signature(&timestamp, &nonce, &encrypt);
    let url = format!(
        "{callback_url}?timestamp={timestamp}&nonce={nonce}&encrypt_type=aes&msg_signature={signature}"
    );
    let body =
        format!("<xml><AppId><![CDATA[{appid}]]></AppId><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let response = control.http.post(url).body(body).send().await.map_err(|e| e.without_url().to_string())?;
    let status = response.status().as_u16();
    Ok((status, response.text().await.unwrap_or_default()))
}

/// Posts `plaintext` for `authorizer` to the message-and-event URL, as WeChat does: the query
/// carries `signature`, `timestamp`, `nonce`, `openid`, `encrypt_type` and `msg_signature`, the body
/// the account's original ID and the ciphertext. Returns the HTTP status and body of the answer.
pub async fn message(
    control: &Control,
    url_template: &str,
    authorizer: &str,
    username: &str,
    openid: &str,
    plaintext: &str,
) -> Result<(u16, String), String> {
    let crypt = crypt(control)?;
    let (timestamp, nonce) = {
        let state = control.lock();
        (state.now().to_string(), format!("{:010}", fastrand::u32(..)))
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
    let response = control.http.post(url).body(body).send().await.map_err(|e| e.without_url().to_string())?;
    let status = response.status().as_u16();
    Ok((status, response.text().await.unwrap_or_default()))
}

/// A submitted version of `authorizer` passed review: `weapp_audit_success` to the message URL.
pub async fn audit_passed(control: &Control, authorizer: &str) -> Result<(u16, String), String> {
    let (url, plaintext, username) = {
        let state = control.lock();
        let Some(url) = state.config.message_url.clone() else { return Ok((0, String::new())) };
        let now = state.now();
        let username = crate::state::username_of(authorizer);
        let plaintext = format!(
            "<xml><ToUserName><![CDATA[{username}]]></ToUserName><FromUserName><![CDATA[{SYSTEM_OPENID}]]></FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[weapp_audit_success]]></Event><SuccTime>{now}</SuccTime></xml>"
        );
        (url, plaintext, username)
    };
    message(control, &url, authorizer, &username, SYSTEM_OPENID, &plaintext).await
}

/// The system account events come from (`FromUserName` of review results).
const SYSTEM_OPENID: &str = "od1P50M-fNQI5Gcq-trm4a7apsU8";

pub async fn ticket(control: &Control, callback_url: &str) -> Result<(u16, String), String> {
    let plaintext = {
        let mut state = control.lock();
        let ticket = state.mint("ticket@@@");
        let now = state.now();
        state.verify_ticket = Some((ticket.clone(), now + VERIFY_TICKET_VALIDITY_S));
        let appid = &state.config.component_appid;
        format!(
            "<xml><AppId>{appid}</AppId><CreateTime>{now}</CreateTime><InfoType>component_verify_ticket</InfoType><ComponentVerifyTicket>{ticket}</ComponentVerifyTicket></xml>"
        )
    };
    post(control, callback_url, &plaintext).await
}

pub async fn authorized(
    control: &Control,
    callback_url: &str,
    authorizer: &str,
) -> Result<(u16, String), String> {
    let plaintext = {
        let mut state = control.lock();
        let code = state.mint("queryauthcode@@@");
        state.auth_codes.insert(code.clone(), authorizer.to_owned());
        state.merchants.entry(authorizer.to_owned()).or_default();
        let now = state.now();
        let appid = state.config.component_appid.clone();
        format!(
            "<xml><AppId>{appid}</AppId><CreateTime>{now}</CreateTime><InfoType>authorized</InfoType><AuthorizerAppid>{authorizer}</AuthorizerAppid><AuthorizationCode>{code}</AuthorizationCode><AuthorizationCodeExpiredTime>{}</AuthorizationCodeExpiredTime><PreAuthCode>preauthcode@@@sandbox</PreAuthCode></xml>",
            now + 3600
        )
    };
    post(control, callback_url, &plaintext).await
}
