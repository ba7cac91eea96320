//! Tencent IM specifics: UserSig generation and verification, regional domains, message elements,
//! callback authentication.

mod callback_auth;
pub mod msg;
mod region;
pub mod usersig;

pub use callback_auth::{CallbackAuth, CallbackAuthError};
pub use region::ImRegion;
pub use usersig::UserSigError;
