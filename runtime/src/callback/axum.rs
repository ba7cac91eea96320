//! The callback handler as an axum route (feature `axum`):
//!
//! ```ignore
//! let app = Router::new().route("/wechat/component", wx_endpoints::callback::axum::route(handler));
//! ```

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{on, MethodFilter, MethodRouter};

use super::CallbackHandler;

/// GET (the URL check) and POST (pushes) on one path, with the handler's body limit.
pub fn route<S: Clone + Send + Sync + 'static>(handler: Arc<CallbackHandler>) -> MethodRouter<S> {
    let limit = handler.max_body_bytes();
    on(MethodFilter::GET.or(MethodFilter::POST), serve)
        .with_state(handler)
        .layer(DefaultBodyLimit::max(limit))
}

async fn serve(
    State(handler): State<Arc<CallbackHandler>>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let reply = handler.handle(query.as_deref().unwrap_or(""), &body).await;
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], reply.body).into_response()
}
