//! Both push URLs of a third-party platform as one axum router (feature `axum`): the
//! authorization-event URL at `/component` and the message-and-event URL at `/{appid}/callback`.
//!
//! ```no_run
//! # fn app(component: std::sync::Arc<wx_endpoints::callback::CallbackHandler>, pushes: std::sync::Arc<wx_endpoints::push::PushHandler>) -> axum::Router {
//! use wx_endpoints::push::{axum::routes, Answer};
//! axum::Router::new().nest("/wechat", routes(component, pushes, |_push| async { Answer::Nothing }))
//! # }
//! ```

use std::future::Future;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, RawQuery};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{on, MethodFilter};
use axum::Router;

use super::{Answer, Push, PushHandler};
use crate::callback::CallbackHandler;

/// The two routes; `app` answers each new push (the release check's excepted).
pub fn routes<S, F, Fut>(component: Arc<CallbackHandler>, pushes: Arc<PushHandler>, app: F) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    F: Fn(Push) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Answer> + Send + 'static,
{
    let limit = pushes.max_body_bytes();
    let serve_push = move |Path(appid): Path<String>, RawQuery(query): RawQuery, body: Bytes| {
        let pushes = pushes.clone();
        let app = app.clone();
        async move {
            let reply = pushes.handle(&appid, query.as_deref().unwrap_or(""), &body, app).await;
            let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, [(header::CONTENT_TYPE, reply.content_type)], reply.body).into_response()
        }
    };
    Router::new().route("/component", crate::callback::axum::route(component)).route(
        "/{appid}/callback",
        on(MethodFilter::GET.or(MethodFilter::POST), serve_push).layer(DefaultBodyLimit::max(limit)),
    )
}
