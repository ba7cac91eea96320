//! The answer to a callback: `{"ActionStatus", "ErrorCode", "ErrorInfo"}`, and for the "before"
//! send callbacks the message that replaces the original.

use serde::Serialize;

use wx_runtime::im::msg::MsgElement;

/// What the app decides. "After" callbacks are answered [`Verdict::Allow`] (IM ignores the answer).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Verdict {
    /// `ErrorCode` 0: go ahead.
    Allow,
    /// `ErrorCode` 1: refuse; the sender gets 20006 (one-to-one) or 10016 (groups).
    Reject,
    /// `ErrorCode` 2 (send callbacks): drop the message, and tell the sender it was sent.
    Discard,
    /// Refuse with the app's own code and message, which reach the client: 120001 to 130000 for
    /// one-to-one messages, 10100 to 10200 for group callbacks.
    RejectWith {
        /// The code.
        code: i64,
        /// The message shown to the client.
        info: String,
    },
    /// Send-message callbacks: deliver this body (and custom data) instead of the original.
    Modify {
        /// The message that replaces the original.
        msg_body: Vec<MsgElement>,
        /// Replaces the message's custom data when set.
        cloud_custom_data: Option<String>,
    },
    /// `Group.CallbackBeforeInviteJoinGroup`: let the others in, refuse these users.
    RefuseMembers(Vec<String>),
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Reply<'a> {
    action_status: &'static str,
    error_code: i64,
    error_info: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    msg_body: Option<&'a [MsgElement]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cloud_custom_data: Option<&'a str>,
    #[serde(rename = "RefusedMembers_Account", skip_serializing_if = "Option::is_none")]
    refused_members_account: Option<&'a [String]>,
}

impl Verdict {
    /// The JSON body to answer with (HTTP 200).
    pub fn reply_body(&self) -> Vec<u8> {
        let mut reply = Reply {
            action_status: "OK",
            error_code: 0,
            error_info: "",
            msg_body: None,
            cloud_custom_data: None,
            refused_members_account: None,
        };
        match self {
            Verdict::Allow => {}
            Verdict::Reject => reply.error_code = 1,
            Verdict::Discard => reply.error_code = 2,
            Verdict::RejectWith { code, info } => {
                reply.error_code = *code;
                reply.error_info = info;
            }
            Verdict::Modify { msg_body, cloud_custom_data } => {
                reply.msg_body = Some(msg_body);
                reply.cloud_custom_data = cloud_custom_data.as_deref();
            }
            Verdict::RefuseMembers(members) => reply.refused_members_account = Some(members),
        }
        serde_json::to_vec(&reply).expect("strings, numbers and message elements serialize")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_verdict_answers_as_the_pages_say() {
        let body = |verdict: Verdict| String::from_utf8(verdict.reply_body()).unwrap();
        assert_eq!(body(Verdict::Allow), r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
        assert_eq!(body(Verdict::Reject), r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":""}"#);
        assert_eq!(body(Verdict::Discard), r#"{"ActionStatus":"OK","ErrorCode":2,"ErrorInfo":""}"#);
        assert_eq!(
            body(Verdict::RejectWith { code: 120001, info: "not allowed".into() }),
            r#"{"ActionStatus":"OK","ErrorCode":120001,"ErrorInfo":"not allowed"}"#
        );
        let modified = Verdict::Modify {
            msg_body: vec![MsgElement::text("red packet")],
            cloud_custom_data: Some("your new cloud custom data".into()),
        };
        assert_eq!(
            body(modified),
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your new cloud custom data"}"#
        );
        assert_eq!(
            body(Verdict::RefuseMembers(vec!["bob".into()])),
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","RefusedMembers_Account":["bob"]}"#
        );
    }
}
