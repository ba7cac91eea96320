//! HMAC-SHA256 signatures of Mini Program and mini-game calls, hex-encoded: the session key never
//! travels, its signature does (`signature = hmac_sha256(session_key, ...)`), and a mini game's
//! payment calls add `pay_sig`, keyed by the payment key over the path and the body. Those sign the
//! exact bytes a call sends, so the body is encoded here as the call path encodes it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::endpoint::Endpoint;
use crate::secret::Secret;
use crate::validate::Invalid;

/// `hex(hmac_sha256(key, message))`, e.g. `checkSessionKey`'s signature of the empty string.
pub fn hmac_sha256_hex(key: &Secret, message: &[u8]) -> String {
    hmac_of(key, &[message])
}

/// `hex(hmac_sha256(key, prefix + body))`, where `body` is the JSON body a call of `request`
/// sends (its `#[wx(query)]` fields, the signature among them, are not in it).
///
/// The mini-game endpoints of `wx-endpoints` sign themselves with it (`SetUserStorage::signed`).
pub fn body_signature<E: Endpoint>(request: &E, key: &Secret, prefix: &str) -> Result<String, Invalid> {
    let body = crate::call::json_body(request)?;
    Ok(hmac_of(key, &[prefix.as_bytes(), &body]))
}

fn hmac_of(key: &Secret, parts: &[&[u8]]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose().as_bytes())
        .expect("HMAC accepts any key length");
    for part in parts {
        mac.update(part);
    }
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_4231_vector() {
        // RFC 4231, test case 2.
        let signature = hmac_sha256_hex(&Secret::from("Jefe"), b"what do ya want for nothing?");
        assert_eq!(signature, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
