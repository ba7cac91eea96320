//! WeChat's release check (全网发布检测), played against a platform's two URLs as the official page
//! describes it
//! (<https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/operation/thirdparty/releases_instructions.html>).

use std::time::Duration;

use serde_json::{Map, Value};
use wx_runtime::callback::{xml_tree, MsgCrypt};

use crate::push::{self, Delivery};
use crate::Control;

/// One case of the check and how the platform did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CheckCase {
    /// What was checked.
    pub name: &'static str,
    /// Whether the platform answered as the page requires.
    pub passed: bool,
    /// What the platform answered, or what was missing.
    pub detail: String,
}

/// The Official Account test accounts of the five groups (appid, original ID): WeChat draws one.
const TEST_ACCOUNTS: [(&str, &str); 5] = [
    ("wx570bc396a51b8ff8", "gh_3c884a361561"),
    ("wx9252c5e0bb1836fc", "gh_c0f28a78b318"),
    ("wx8e1097c5bc82cde9", "gh_3f222ed8d140"),
    ("wx14550af28c71a144", "gh_26128078e9ab"),
    ("wxa35b9c23cfe664eb", "gh_2b3713f184a6"),
];

/// What the test accounts grant: message management (1), customer service (19) among them.
const TEST_GRANTS: [u16; 8] = [1, 3, 6, 15, 17, 18, 19, 30];

/// The test fan's openid.
const FAN: &str = "ozy4qt5QUADNXORxCVipKMV9dss0";

/// How long the platform has to send the customer-service message after `QUERY_AUTH_CODE`.
const API_DEADLINE: Duration = Duration::from_secs(5);

pub async fn play(control: &Control, component_url: &str, message_url: &str) -> Vec<CheckCase> {
    let (appid, username) = TEST_ACCOUNTS[control.lock().rng.usize(..TEST_ACCOUNTS.len())];
    let mut cases = Vec::new();

    // WeChat authorizes the test accounts with the permission sets the platform asked for.
    control.lock().merchants.entry(appid.to_owned()).or_default().granted = TEST_GRANTS.to_vec();
    let ticket = control.push_ticket(component_url).await;
    cases.push(CheckCase {
        name: "component_verify_ticket",
        passed: ticket.succeeded(),
        detail: format!("{ticket:?}"),
    });
    let authorized = control.push_authorized(component_url, appid).await;
    let push = authorized.as_ref().ok().and_then(|authorized| authorized.push.as_ref());
    cases.push(CheckCase {
        name: "authorization",
        passed: push.is_some_and(Delivery::succeeded),
        detail: format!("{authorized:?}"),
    });

    let text =
        message(control, username, "text", "<Content><![CDATA[TESTCOMPONENT_MSG_TYPE_TEXT]]></Content>");
    let answer = push::message(control, message_url, appid, username, FAN, &text).await;
    cases.push(passive_text(
        control,
        "text message",
        answer,
        username,
        "TESTCOMPONENT_MSG_TYPE_TEXT_callback",
    ));

    let code = {
        let mut state = control.lock();
        let code = state.mint("queryauthcode@@@");
        state.auth_codes.insert(code.clone(), appid.to_owned());
        code
    };
    let text =
        message(control, username, "text", &format!("<Content><![CDATA[QUERY_AUTH_CODE:{code}]]></Content>"));
    let answer = push::message(control, message_url, appid, username, FAN, &text).await;
    let expected = format!("{code}_from_api");
    let sent = || {
        control.customer_messages().iter().any(|(sender, body)| {
            sender == appid
                && body["touser"] == FAN
                && body["msgtype"] == "text"
                && body["text"]["content"] == expected
        })
    };
    let mut waited = Duration::ZERO;
    while !sent() && waited < API_DEADLINE {
        tokio::time::sleep(Duration::from_millis(20)).await;
        waited += Duration::from_millis(20);
    }
    let empty = answer.status == Some(200) && answer.answer.is_empty();
    let exchanged = !control.lock().auth_codes.contains_key(&code);
    cases.push(CheckCase {
        name: "customer-service message after QUERY_AUTH_CODE",
        passed: empty && exchanged && sent(),
        detail: format!(
            "answer {answer:?} (empty expected); code exchanged: {exchanged}; `{expected}` sent: {}",
            sent()
        ),
    });

    let event = message(control, username, "event", "<Event><![CDATA[LOCATION]]></Event><Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>");
    let answer = push::message(control, message_url, appid, username, FAN, &event).await;
    cases.push(passive_text(control, "event message", answer, username, "LOCATIONfrom_callback"));
    cases
}

/// A push from the test fan to the test account.
fn message(control: &Control, username: &str, msg_type: &str, fields: &str) -> String {
    let now = control.lock().now();
    let msg_id = control.lock().rng.u64(1..);
    format!(
        "<xml><ToUserName><![CDATA[{username}]]></ToUserName><FromUserName><![CDATA[{FAN}]]></FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[{msg_type}]]></MsgType>{fields}<MsgId>{msg_id}</MsgId></xml>"
    )
}

/// Checks an encrypted passive text reply from the test account to the fan.
fn passive_text(
    control: &Control,
    name: &'static str,
    answer: Delivery,
    username: &str,
    content: &str,
) -> CheckCase {
    let reply = match answer.status {
        Some(200) => open_reply(control, &answer.answer),
        _ => Err(format!("answer {answer:?}")),
    };
    let passed = reply.as_ref().is_ok_and(|reply| {
        let field = |name: &str| reply.get(name).and_then(Value::as_str);
        field("MsgType") == Some("text")
            && field("Content") == Some(content)
            && field("ToUserName") == Some(FAN)
            && field("FromUserName") == Some(username)
    });
    CheckCase {
        name,
        passed,
        detail: format!("{reply:?}; expected the text `{content}` to {FAN} from {username}"),
    }
}

/// Verifies and decrypts an encrypted reply (`Encrypt`, `MsgSignature`, `TimeStamp`, `Nonce`).
fn open_reply(control: &Control, body: &str) -> Result<Map<String, Value>, String> {
    let crypt = {
        let state = control.lock();
        MsgCrypt::new(
            state.config.callback_token.as_str(),
            &state.config.encoding_aes_key,
            state.config.component_appid.clone(),
        )
        .map_err(|e| e.to_string())?
    };
    let outer = xml_tree(body).map_err(|e| format!("not an encrypted reply: {e}"))?;
    let field =
        |name: &str| outer.get(name).and_then(Value::as_str).ok_or(format!("the reply lacks `{name}`"));
    let encrypt = field("Encrypt")?;
    crypt
        .verify(field("MsgSignature")?, field("TimeStamp")?, field("Nonce")?, encrypt)
        .map_err(|e| e.to_string())?;
    let plaintext = crypt.decrypt(encrypt).map_err(|e| e.to_string())?;
    xml_tree(&plaintext).map_err(|e| e.to_string())
}
