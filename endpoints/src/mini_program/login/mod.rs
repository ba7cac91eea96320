//! Mini Program login: code to session, checking and resetting a user's session key.

mod check_session_key;
mod code2_session;
mod reset_user_session_key;

pub use check_session_key::{CheckSessionKey, CheckSessionKeyError};
pub use code2_session::{Code2Session, Code2SessionError, Code2SessionResult};
pub use reset_user_session_key::{ResetSession, ResetUserSessionKey, ResetUserSessionKeyError};

/// The proof of a user's session that the calls taking `signature` and `sig_method` want:
/// `hmac_sha256(session_key, "")`, so the key itself never travels.
pub(crate) fn session_proof(session_key: &crate::Secret) -> (String, String) {
    (crate::hmac_sha256_hex(session_key, b""), "hmac_sha256".to_owned())
}
