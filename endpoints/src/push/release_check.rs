//! WeChat's release check (全网发布检测): before a platform may serve merchants, WeChat's test
//! accounts send it messages and expect exact answers
//! (<https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/operation/thirdparty/releases_instructions.html>).
//!
//! - the text `TESTCOMPONENT_MSG_TYPE_TEXT`: a passive text reply `TESTCOMPONENT_MSG_TYPE_TEXT_callback`;
//! - the text `QUERY_AUTH_CODE:$code$`: an empty answer at once, then the code exchanged with
//!   `api_query_auth` and `$code$_from_api` sent to the sender as a customer-service text message;
//! - an event: a passive text reply of the event's name followed by `from_callback` (the older
//!   pages' check, kept: it costs nothing).

use super::message::{Message, Push, PushKind};
use super::reply::Reply;

/// The test accounts of all five groups, Official Accounts then Mini Programs: (appid, original ID).
/// WeChat draws a group at random, so a platform must answer all of them.
pub const TEST_ACCOUNTS: [(&str, &str); 10] = [
    ("wx570bc396a51b8ff8", "gh_3c884a361561"),
    ("wx9252c5e0bb1836fc", "gh_c0f28a78b318"),
    ("wx8e1097c5bc82cde9", "gh_3f222ed8d140"),
    ("wx14550af28c71a144", "gh_26128078e9ab"),
    ("wxa35b9c23cfe664eb", "gh_2b3713f184a6"),
    ("wxd101a85aa106f53e", "gh_8dad206e9538"),
    ("wxc39235c15087f6f3", "gh_905ae9d01059"),
    ("wx7720d01d4b2a4500", "gh_393666f1fdf4"),
    ("wx05d483572dcd5d8b", "gh_39abb5d4e1b7"),
    ("wx5910277cae6fd970", "gh_7818dcb60240"),
];

const TEXT_CASE: &str = "TESTCOMPONENT_MSG_TYPE_TEXT";
const QUERY_AUTH_CODE: &str = "QUERY_AUTH_CODE:";

/// Whether `appid` (or the original ID `username`) is one of WeChat's test accounts.
pub fn is_test_account(appid: &str, username: &str) -> bool {
    TEST_ACCOUNTS.iter().any(|(test_appid, test_username)| *test_appid == appid || *test_username == username)
}

/// What the release check answers a test account's push.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CheckAnswer {
    /// A passive reply.
    Reply(Reply),
    /// An empty answer now; then the code is exchanged and `$code$_from_api` sent.
    QueryAuthCode(String),
}

/// The release check's answer to `push`, or `None` when the push is not one of its cases.
pub(crate) fn answer(push: &Push) -> Option<CheckAnswer> {
    if !is_test_account(&push.authorizer_appid, &push.to_user_name) {
        return None;
    }
    match &push.kind {
        PushKind::Message(Message::Text { content }) if content == TEXT_CASE => {
            Some(CheckAnswer::Reply(Reply::Text(format!("{TEXT_CASE}_callback"))))
        }
        PushKind::Message(Message::Text { content }) => content
            .strip_prefix(QUERY_AUTH_CODE)
            .map(|code| CheckAnswer::QueryAuthCode(code.trim().to_owned())),
        PushKind::Event(_) => {
            let event = push.fields.get("Event").and_then(|e| e.as_str()).unwrap_or_default();
            Some(CheckAnswer::Reply(Reply::Text(format!("{event}from_callback"))))
        }
        _ => None,
    }
}

/// The customer-service text the check expects after `QUERY_AUTH_CODE:$code$`.
pub(crate) fn from_api(code: &str) -> String {
    format!("{code}_from_api")
}
