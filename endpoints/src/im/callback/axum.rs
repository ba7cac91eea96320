//! The IM callback URL as an axum route (feature `axum`): verifies and types each request, asks
//! `decide` for the verdict, and answers it.
//!
//! ```ignore
//! let callbacks = Arc::new(ImCallbacks::new(sdkappid).authenticated(CallbackAuth::new(token)));
//! let app = Router::new().route("/im/callback", route(callbacks, |request| async move { Verdict::Allow }));
//! ```

use std::future::Future;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, MethodRouter};

use super::{ImCallbackError, ImCallbackRequest, ImCallbacks, Verdict};

/// Callback bodies are a message or an event: far below this.
const MAX_BODY_BYTES: usize = 256 * 1024;

/// POST on one path: a refused request (another app, a bad or stale signature: 401; a body that does
/// not parse: 400) is answered `FAIL` and never reaches `decide`.
pub fn route<S, F, Fut>(callbacks: Arc<ImCallbacks>, decide: F) -> MethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
    F: Fn(ImCallbackRequest) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Verdict> + Send + 'static,
{
    post(move |State(callbacks): State<Arc<ImCallbacks>>, RawQuery(query): RawQuery, body: Bytes| {
        let decide = decide.clone();
        async move {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            match callbacks.parse(query.as_deref().unwrap_or(""), &body, now) {
                Ok(request) => json(StatusCode::OK, decide(request).await.reply_body()),
                Err(error) => {
                    let status = match error {
                        ImCallbackError::Body { .. } => StatusCode::BAD_REQUEST,
                        _ => StatusCode::UNAUTHORIZED,
                    };
                    let body = serde_json::json!({"ActionStatus": "FAIL", "ErrorCode": 1, "ErrorInfo": error.to_string()});
                    json(status, body.to_string().into_bytes())
                }
            }
        }
    })
    .with_state(callbacks)
    .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

fn json(status: StatusCode, body: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}
