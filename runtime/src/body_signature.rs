//! HMAC-SHA256 signatures over a request's JSON body, as mini games' calls carry them in their
//! query: `signature` keyed by the user's session key, `pay_sig` keyed by the payment key over
//! the path and the body. They sign the exact bytes a call sends, so the body is encoded here as
//! the call path encodes it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::endpoint::Endpoint;
use crate::secret::Secret;
use crate::validate::Invalid;

/// `hex(hmac_sha256(key, prefix + body))`, where `body` is the JSON body a call of `request`
/// sends (its `#[wx(query)]` fields, the signature among them, are not in it).
/// The mini-game endpoints of `wx-endpoints` sign themselves with it (`SetUserStorage::signed`).
pub fn body_signature<E: Endpoint>(request: &E, key: &Secret, prefix: &str) -> Result<String, Invalid> {
    let body = crate::call::json_body(request)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(key.expose().as_bytes())
        .map_err(|_| Invalid::unencodable("the signing key is unusable".to_owned()))?;
    mac.update(prefix.as_bytes());
    mac.update(&body);
    Ok(hex::encode(mac.finalize().into_bytes()))
}
