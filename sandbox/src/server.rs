//! The HTTP side: one axum service for both families; faults are applied before the handlers.

use axum::body::Bytes;
use axum::extract::{RawQuery, State as AxumState};
use axum::http::{Method, Uri};
use axum::response::{IntoResponse, Response};

use crate::fault::Fault;
use crate::reply::Reply;
use crate::state::{Outgoing, Received};
use crate::{im, wechat, Control, Request};

pub async fn serve(listener: tokio::net::TcpListener, control: Control) {
    let app = crate::control_api::router().fallback(handle).with_state(control);
    let _ = axum::serve(listener, app).await;
}

async fn handle(
    AxumState(control): AxumState<Control>,
    method: Method,
    uri: Uri,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let request = Request {
        method: method.as_str().to_owned(),
        path: uri.path().to_owned(),
        query: query.unwrap_or_default(),
        body: body.to_vec(),
    };
    let is_im = request.path.starts_with("/v4/");
    let (fault, reply) = {
        let mut state = control.lock();
        state.record(Received {
            seq: 0,
            at: 0,
            method: request.method.clone(),
            path: request.path.clone(),
            query: request.query.clone(),
            body: request.body.clone(),
        });
        let fault = take_fault(&mut state.faults, &request.path);
        let reply = match &fault {
            None | Some(Fault::Latency(_)) if !is_im => Some(wechat::handle(&mut state, &request)),
            _ => None,
        };
        (fault, reply)
    };
    // IM commands may wait on the app's callbacks: they lock the state themselves.
    let reply = match (&fault, reply) {
        (None | Some(Fault::Latency(_)), None) if is_im => Some(im::handle(&control, &request).await),
        (_, reply) => reply,
    };
    let reply = match (fault, reply) {
        (Some(Fault::Latency(delay)), Some(reply)) => {
            tokio::time::sleep(delay).await;
            reply
        }
        (_, Some(reply)) => reply,
        (Some(Fault::Errcode(code)), None) if is_im => Reply::im_error(code, "injected"),
        (Some(Fault::Errcode(code)), None) => Reply::wechat_error(code),
        (Some(Fault::HttpStatus(status)), None) => Reply::Raw {
            status,
            content_type: "text/html",
            body: format!("<html><head><title>{status}</title></head><body><center><h1>{status}</h1></center><hr><center>nginx</center></body></html>").into_bytes(),
        },
        (Some(Fault::Garbage), None) => Reply::Raw { status: 200, content_type: "application/json", body: b"\x00\xffnot json at all\x13".to_vec() },
        (Some(Fault::Truncated), None) => Reply::Raw { status: 200, content_type: "application/json", body: br#"{"errcode":0,"errm"#.to_vec() },
        (Some(Fault::Reset), None) | (_, None) => Reply::Broken,
    };
    let outbox = std::mem::take(&mut control.lock().outbox);
    for outgoing in outbox {
        let control = control.clone();
        tokio::spawn(async move {
            match outgoing {
                Outgoing::Ticket => {
                    let _ = control.push_ticket_now().await;
                }
                Outgoing::AuditPassed { authorizer } => {
                    crate::push::audit_passed(&control, &authorizer).await;
                }
            }
        });
    }
    let response = reply.into_response();
    tracing::debug!(method = %method, path = uri.path(), status = response.status().as_u16(), "request");
    response
}

/// The first fault rule matching `path`, consuming one of its uses.
fn take_fault(rules: &mut Vec<crate::fault::FaultRule>, path: &str) -> Option<Fault> {
    let index = rules.iter().position(|rule| rule.path.as_deref().is_none_or(|p| p == path))?;
    let fault = rules[index].fault.clone();
    match &mut rules[index].times {
        Some(1) => {
            rules.remove(index);
        }
        Some(n) => *n -= 1,
        None => {}
    }
    Some(fault)
}
