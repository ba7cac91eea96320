//! Callbacks: WXBizMsgCrypt and the third-party platform's event stream, wired into the tokens.

#[cfg(feature = "axum")]
pub mod axum;
mod crypt;
mod event;
mod handler;
mod xml;

pub use crypt::{CryptError, MsgCrypt};
pub use event::{Authorization, ComponentEvent};
pub use handler::{
    Admitted, CallbackError, CallbackHandler, CallbackQuery, CallbackReply, Handled, PushLimits,
};
pub use xml::{envelope_field as xml_envelope_field, tree as xml_tree};
