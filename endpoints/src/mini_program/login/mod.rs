//! Mini Program login: code to session, checking and resetting a user's session key.

mod check_session_key;
mod code2_session;
mod reset_user_session_key;

pub use check_session_key::{CheckSessionKey, CheckSessionKeyError};
pub use code2_session::{Code2Session, Code2SessionError, Code2SessionResult};
pub use reset_user_session_key::{ResetSession, ResetUserSessionKey, ResetUserSessionKeyError};
