//! The two response envelopes: WeChat's `{errcode, errmsg}` and Tencent IM's
//! `{ActionStatus, ErrorCode, ErrorInfo}`. Payload fields sit beside them in the same object.

use std::borrow::Cow;

use serde::Deserialize;

use crate::endpoint::ApiFamily;
use crate::error::DecodeError;

/// The envelope's own fields in `family`, beside which an endpoint's payload sits.
pub(crate) fn fields(family: ApiFamily) -> &'static [&'static str] {
    match family {
        ApiFamily::WeChat => &["errcode", "errmsg", "rid", "ret", "err_msg", "base_resp"],
        ApiFamily::TencentIm => &["ActionStatus", "ErrorCode", "ErrorInfo"],
    }
}

/// A failure reported inside the envelope.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub code: i64,
    pub message: String,
    pub rid: Option<String>,
}

/// `Ok(None)`: success, the payload may be read. `Ok(Some(_))`: the server reported a failure.
pub(crate) fn check(family: ApiFamily, status: u16, body: &[u8]) -> Result<Option<Failure>, DecodeError> {
    // A serde struct also accepts a JSON array; an envelope is always an object.
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => {}
        Some(_) => return Err(DecodeError::new(status, "not a JSON object", body)),
        None => return Err(DecodeError::new(status, "empty body", body)),
    }
    let decode_error = |e: serde_json::Error| DecodeError::new(status, format!("bad envelope: {e}"), body);
    match family {
        ApiFamily::WeChat => {
            let envelope: WeChatEnvelope = serde_json::from_slice(body).map_err(decode_error)?;
            Ok(envelope.into_failure())
        }
        ApiFamily::TencentIm => {
            let envelope: ImEnvelope = serde_json::from_slice(body).map_err(decode_error)?;
            envelope.into_failure().map_err(|reason| DecodeError::new(status, reason, body))
        }
    }
}

// Strings are borrowed from the body where they can be: a success ("ok") allocates nothing.
#[derive(Deserialize)]
struct WeChatEnvelope<'a> {
    // A few samples print it as a string ("0").
    #[serde(default, deserialize_with = "code_or_digits")]
    errcode: Option<i64>,
    #[serde(borrow)]
    errmsg: Option<Cow<'a, str>>,
    #[serde(borrow)]
    rid: Option<Cow<'a, str>>,
    /// The ads (AMS) endpoints' envelope is `{ret, err_msg}`.
    ret: Option<i64>,
    #[serde(borrow)]
    err_msg: Option<Cow<'a, str>>,
    /// The ad statistics and We Analysis calls report in `{"base_resp": {ret, err_msg}}`.
    #[serde(borrow)]
    base_resp: Option<BaseResp<'a>>,
}

#[derive(Deserialize)]
struct BaseResp<'a> {
    #[serde(default, deserialize_with = "code_or_digits")]
    ret: Option<i64>,
    #[serde(borrow)]
    err_msg: Option<Cow<'a, str>>,
}

impl WeChatEnvelope<'_> {
    /// An absent or zero `errcode` is success. Without an `errcode`, the AMS envelope's `ret` (with
    /// its `err_msg`) is the code, else `base_resp.ret`; `ret` alone is an ordinary payload field.
    fn into_failure(self) -> Option<Failure> {
        let (code, message) = match (self.errcode, self.ret, self.err_msg, self.base_resp) {
            (Some(code), ..) => (code, self.errmsg),
            (None, Some(ret), Some(err_msg), _) => (ret, Some(err_msg)),
            (None, _, _, Some(BaseResp { ret: Some(ret), err_msg })) => (ret, err_msg),
            _ => return None,
        };
        let code = Some(code).filter(|&code| code != 0)?;
        let message = message.map(Cow::into_owned).unwrap_or_default();
        // WeChat usually appends the request id to errmsg ("... rid: 6412b3c7-..."), sometimes
        // sends it as a field of its own.
        let rid = self.rid.map(Cow::into_owned).or_else(|| rid_in_message(&message));
        Some(Failure { code, message, rid })
    }
}

/// An error code written as a number or as a string of digits.
fn code_or_digits<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Code<'a> {
        Number(i64),
        Text(&'a str),
    }
    match Option::<Code>::deserialize(deserializer)? {
        None => Ok(None),
        Some(Code::Number(code)) => Ok(Some(code)),
        Some(Code::Text(text)) => text
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| serde::de::Error::custom("errcode is neither a number nor digits")),
    }
}

fn rid_in_message(message: &str) -> Option<String> {
    let (_, rest) = message.rsplit_once("rid: ")?;
    let rid: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    (!rid.is_empty()).then_some(rid)
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ImEnvelope<'a> {
    #[serde(borrow)]
    action_status: Option<Cow<'a, str>>,
    error_code: Option<i64>,
    // The documents promise it; their own samples sometimes omit it.
    #[serde(borrow)]
    error_info: Option<Cow<'a, str>>,
}

impl ImEnvelope<'_> {
    /// Failure = `ErrorCode != 0` or `ActionStatus == "FAIL"`.
    fn into_failure(self) -> Result<Option<Failure>, &'static str> {
        if self.action_status.is_none() && self.error_code.is_none() {
            return Err("neither ActionStatus nor ErrorCode present");
        }
        let code = self.error_code.unwrap_or(0);
        let failed = code != 0 || self.action_status.as_deref() == Some("FAIL");
        Ok(failed.then(|| Failure {
            code,
            message: self.error_info.map(Cow::into_owned).unwrap_or_default(),
            rid: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wechat(body: &str) -> Result<Option<Failure>, DecodeError> {
        check(ApiFamily::WeChat, 200, body.as_bytes())
    }

    fn im(body: &str) -> Result<Option<Failure>, DecodeError> {
        check(ApiFamily::TencentIm, 200, body.as_bytes())
    }

    #[test]
    fn wechat_success_and_failure() {
        assert_eq!(wechat(r#"{"errcode":0,"errmsg":"ok"}"#).unwrap(), None);
        assert_eq!(wechat(r#"{"qrcode":"x"}"#).unwrap(), None);
        let failure = wechat(r#"{"errcode":85083,"errmsg":"search status is banned rid: 64a1-b2c3"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(failure.code, 85083);
        assert_eq!(failure.rid.as_deref(), Some("64a1-b2c3"));
        let own_rid = wechat(r#"{"errcode":-1,"errmsg":"system error","rid":"r-1"}"#).unwrap().unwrap();
        assert_eq!((own_rid.code, own_rid.rid.as_deref()), (-1, Some("r-1")));
    }

    #[test]
    fn an_errcode_written_as_digits_is_read() {
        assert_eq!(wechat(r#"{"errcode":"0","errmsg":"ok"}"#).unwrap(), None);
        assert_eq!(wechat(r#"{"errcode":"40001","errmsg":"x"}"#).unwrap().unwrap().code, 40001);
        assert!(wechat(r#"{"errcode":"x"}"#).is_err());
    }

    #[test]
    fn the_ads_envelope_is_ret_and_err_msg() {
        assert_eq!(wechat(r#"{"ret":0,"err_msg":"","code":"<ad/>"}"#).unwrap(), None);
        let failure = wechat(r#"{"ret":2009,"err_msg":"invalid param"}"#).unwrap().unwrap();
        assert_eq!((failure.code, failure.message.as_str()), (2009, "invalid param"));
        assert_eq!(wechat(r#"{"ret":3,"list":[]}"#).unwrap(), None, "ret without err_msg is payload");
        let token = wechat(r#"{"errcode":40001,"errmsg":"invalid credential","ret":0,"err_msg":""}"#);
        assert_eq!(token.unwrap().unwrap().code, 40001, "errcode wins");
    }

    #[test]
    fn a_failure_in_base_resp_is_a_failure() {
        assert_eq!(wechat(r#"{"base_resp":{"err_msg":"ok","ret":0},"list":[]}"#).unwrap(), None);
        let failure = wechat(r#"{"base_resp":{"err_msg":"invalid publisher","ret":2009}}"#).unwrap().unwrap();
        assert_eq!((failure.code, failure.message.as_str()), (2009, "invalid publisher"));
        assert_eq!(wechat(r#"{"base_resp":{"ret":"1701"}}"#).unwrap().unwrap().code, 1701);
        let token = wechat(r#"{"errcode":40001,"errmsg":"x","base_resp":{"ret":0}}"#).unwrap().unwrap();
        assert_eq!(token.code, 40001, "errcode wins");
        assert!(wechat(r#"{"base_resp":{"ret":"x"}}"#).is_err());
    }

    #[test]
    fn malformed_bodies_are_decode_errors() {
        assert_eq!(wechat("").unwrap_err().reason, "empty body");
        assert_eq!(wechat("<html>502</html>").unwrap_err().reason, "not a JSON object");
        assert_eq!(wechat("[1]").unwrap_err().reason, "not a JSON object");
        assert!(wechat(r#"{"errcode":0,"#).unwrap_err().reason.starts_with("bad envelope"));
        assert!(wechat(r#"{"errcode":"banned"}"#).unwrap_err().reason.starts_with("bad envelope"));
    }

    #[test]
    fn im_envelope_rules() {
        assert_eq!(im(r#"{"ActionStatus":"OK","ErrorCode":0}"#).unwrap(), None);
        let failure = im(r#"{"ActionStatus":"FAIL","ErrorInfo":"no such account","ErrorCode":130004}"#)
            .unwrap()
            .unwrap();
        assert_eq!((failure.code, failure.message.as_str()), (130004, "no such account"));
        assert_eq!(im(r#"{"ActionStatus":"FAIL"}"#).unwrap().unwrap().code, 0);
        assert_eq!(im(r#"{"ActionStatus":"OK","ErrorCode":70001}"#).unwrap().unwrap().code, 70001);
        assert!(im(r#"{"errcode":0}"#).is_err());
    }
}
