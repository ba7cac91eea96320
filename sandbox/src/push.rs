//! Pushes to the platform's callback URL, encrypted as WeChat does (WXBizMsgCrypt).

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
