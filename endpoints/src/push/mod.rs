//! The third-party platform's message-and-event URL (`.../$APPID$/callback`): everything that
//! happens to the merchants' accounts, encrypted with the platform's key. Verified (signature and
//! freshness), decrypted, typed ([`Push`]: users' messages, account events, Mini Program review
//! results; anything else kept whole), de-duplicated through the token store, answered by the app
//! ([`Answer`]: nothing, a passive [`Reply`], or later by customer-service message), and WeChat's
//! release check answered out of the box ([`release_check`]).
//!
//! ```no_run
//! # async fn run(client: wx_endpoints::Client, crypt: wx_endpoints::callback::MsgCrypt, query: &str, body: &[u8]) {
//! use wx_endpoints::push::{Answer, Event, Message, PushHandler, PushKind, Reply};
//!
//! let pushes = PushHandler::new(crypt, client);
//! let reply = pushes
//!     .handle("wx_authorizer_appid", query, body, |push| async move {
//!         match push.kind {
//!             PushKind::Message(Message::Text { content }) => Answer::Reply(Reply::Text(format!("you said {content}"))),
//!             PushKind::Event(Event::WeappAuditSuccess { .. }) => Answer::Nothing, // release the version
//!             _ => Answer::Nothing,
//!         }
//!     })
//!     .await;
//! // Answer with reply.status, reply.content_type and reply.body.
//! # }
//! ```

#[cfg(feature = "axum")]
pub mod axum;
mod fields;
mod handler;
mod message;
pub mod release_check;
mod reply;

use std::fmt;

use wx_runtime::callback::CryptError;

use crate::CredentialError;

pub use handler::{Answer, PushHandler, PushOutcome, PushReply};
pub use message::{
    Event, Message, PicturesSent, Push, PushFormat, PushKind, ScanCode, SubscribeChoice, SubscribeSent,
};
pub use reply::{Article, Reply};

/// Why a push was refused or not handled; nothing of it reached the app.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum PushError {
    /// Not verifiable (401 for a bad signature, 403 outside the replay window), not decryptable or
    /// not readable (400).
    Crypt(CryptError),
    /// The decrypted push lacks a field of the envelope.
    MissingField(&'static str),
    /// The decrypted push is not XML or JSON of a push.
    Malformed(String),
    /// The de-duplication store failed (status 500: WeChat pushes again, nothing is lost).
    Store(CredentialError),
    /// The handler's client has no component credentials (no token store to de-duplicate in).
    NoComponent,
}

impl fmt::Display for PushError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PushError::Crypt(e) => write!(f, "push refused: {e}"),
            PushError::MissingField(name) => write!(f, "push refused: `{name}` is missing"),
            PushError::Malformed(why) => write!(f, "push refused: {why}"),
            PushError::Store(e) => write!(f, "push not handled: {e}"),
            PushError::NoComponent => write!(f, "push not handled: the client has no component credentials"),
        }
    }
}

impl std::error::Error for PushError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PushError::Crypt(e) => Some(e),
            PushError::Store(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
