//! What a handler answers.

use axum::body::Body;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub enum Reply {
    Json(Value),
    Bytes {
        content_type: &'static str,
        bytes: Vec<u8>,
    },
    Raw {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
    },
    /// Headers sent, then the body breaks off.
    Broken,
}

impl Reply {
    /// A WeChat failure envelope.
    pub fn wechat_error(code: i64) -> Reply {
        Reply::Json(json!({"errcode": code, "errmsg": wechat_message(code)}))
    }

    pub fn wechat_ok(payload: Value) -> Reply {
        let mut body = json!({"errcode": 0, "errmsg": "ok"});
        if let (Some(body), Value::Object(payload)) = (body.as_object_mut(), payload) {
            body.extend(payload);
        }
        Reply::Json(body)
    }

    /// A Tencent IM failure envelope.
    pub fn im_error(code: i64, info: &str) -> Reply {
        Reply::Json(json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info}))
    }

    pub fn im_ok(payload: Value) -> Reply {
        let mut body = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
        if let (Some(body), Value::Object(payload)) = (body.as_object_mut(), payload) {
            body.extend(payload);
        }
        Reply::Json(body)
    }
}

fn wechat_message(code: i64) -> &'static str {
    match code {
        -1 => "system error",
        40001 => "invalid credential, access_token is invalid or not latest",
        40002 => "invalid grant_type",
        40003 => "invalid openid",
        40008 => "invalid message type",
        40013 => "invalid appid",
        40029 => "invalid code",
        40066 => "invalid url",
        40097 => "invalid args",
        40125 => "invalid appsecret",
        40163 => "code been used",
        41001 => "access_token missing",
        42001 => "access_token expired",
        43001 => "require GET method",
        43002 => "require POST method",
        44002 => "empty post data",
        45009 => "reach max api daily quota limit",
        45011 => "api minute-quota reach limit, mustslower retry next minute",
        47001 => "data format error",
        53200 => "modify signature quota limit exceed",
        53201 => "signature in black list, can not use",
        53204 => "signature invalid",
        53303 => "invalid parameters",
        53307 => "only rejected categories can be modified",
        61005 => "component ticket is expired",
        61006 => "component ticket is invalid",
        61003 => "component is not authorized by this account",
        61007 => "api is unauthorized to component",
        61014 => "must use component token for component api",
        61023 => "refresh_token is invalid",
        85083 => "search status is banned",
        85084 => "invalid status",
        86000 => "should be called only from third party",
        87009 => "invalid signature",
        _ => "error",
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self {
            Reply::Json(value) => {
                let body = serde_json::to_vec(&value).unwrap_or_default();
                ([(header::CONTENT_TYPE, "application/json")], body).into_response()
            }
            Reply::Bytes { content_type, bytes } => {
                ([(header::CONTENT_TYPE, content_type)], bytes).into_response()
            }
            Reply::Raw { status, content_type, body } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
            }
            Reply::Broken => {
                let stream = futures_stream_error();
                Response::builder()
                    .header(header::CONTENT_TYPE, "application/json")
                    .header(header::CONTENT_LENGTH, "64")
                    .body(Body::from_stream(stream))
                    .unwrap_or_default()
            }
        }
    }
}

/// A body that yields a few bytes and then fails, so the connection is cut mid-response.
fn futures_stream_error() -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send {
    struct Broken(u8);
    impl futures_core::Stream for Broken {
        type Item = Result<Vec<u8>, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            self.0 += 1;
            std::task::Poll::Ready(match self.0 {
                1 => Some(Ok(b"{\"errcode\":".to_vec())),
                2 => Some(Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "reset by the sandbox",
                ))),
                _ => None,
            })
        }
    }
    Broken(0)
}
