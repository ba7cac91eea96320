//! Mini games: open data, matchmaking, lock-step rooms, virtual payment (Midas) and content security.

pub mod data;
pub mod gamematch;
pub mod lock_step;
pub mod midas;
pub mod security;

use crate::{body_signature, Endpoint, Invalid, Secret};

/// The only signature method the mini-game calls accept.
const SIG_METHOD: &str = "hmac_sha256";

/// `request` with its login-state signature set: `hmac_sha256(session_key, body)`, over the body
/// the call sends (the signature travels in the query, so it is not part of what it signs).
fn with_login_signature<E: Endpoint>(
    mut request: E,
    signature: fn(&mut E) -> &mut String,
    session_key: &Secret,
) -> Result<E, Invalid> {
    *signature(&mut request) = body_signature(&request, session_key, "")?;
    Ok(request)
}
