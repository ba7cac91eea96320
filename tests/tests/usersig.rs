//! UserSig against the published vector of `tencent-im.md`, documents written by other libraries
//! (key order, whitespace, compression level), and the verification order case by case.

use std::io::Write;

use base64::Engine as _;
use serde_json::{json, Value};
use wx_endpoints::im::usersig::{self, UserSigError, UserSigParams};
use wx_endpoints::Secret;

const SDKAPPID: u64 = 1400000000;
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const TIME: u64 = 1569910200;
const EXPIRE: u64 = 15552000;
/// The published UserSig (C zlib, level 6).
const PUBLISHED: &str = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwjDB4pTsxIKCzBQlK0MTAyiAyKRWFGQWpQLFTU1NjeCiJZm5YDEzS0tDAyOYaHFmOtBM54KsUqeUwGLLqPK8UndHryCL-Lx8-1RPy7Ty1AijMk9f30hLk0x-r3CvSFulWgAPYy*9";

fn key() -> Secret {
    Secret::from(KEY)
}

fn params<'a>(key: &'a Secret, userbuf: Option<&'a [u8]>) -> UserSigParams<'a> {
    UserSigParams { sdkappid: SDKAPPID, key, identifier: "0", expire: EXPIRE, time: TIME, userbuf }
}

#[test]
fn the_published_vector_reproduces() {
    assert_eq!(
        usersig::signed_content(SDKAPPID, "0", TIME, EXPIRE, None),
        "TLS.identifier:0\nTLS.sdkappid:1400000000\nTLS.time:1569910200\nTLS.expire:15552000\n"
    );
    let key = key();
    assert_eq!(usersig::tls_sig(&params(&key, None)), "CpjuBdQs9ZwnuGAJR8onoOeI9fweX2vIMMY94iOJWJY=");
    assert_eq!(usersig::tls_sig(&params(&key, Some(b"abc"))), "bC3u5cuslSg8Ds7KY58mhSkTrxunrFu50dkdkCYH4i8=");

    let generated = usersig::generate(&params(&key, None));
    let document: Value =
        serde_json::from_str(&usersig::decode_document(generated.expose()).unwrap()).unwrap();
    assert_eq!(
        document,
        json!({"TLS.ver": "2.0", "TLS.identifier": "0", "TLS.sdkappid": 1400000000, "TLS.expire": 15552000,
               "TLS.time": 1569910200, "TLS.sig": "CpjuBdQs9ZwnuGAJR8onoOeI9fweX2vIMMY94iOJWJY="})
    );
    let published: Value = serde_json::from_str(&usersig::decode_document(PUBLISHED).unwrap()).unwrap();
    assert_eq!(document, published, "the same document as C zlib's, whatever the compressed bytes");
    assert!(!generated.expose().contains(['+', '/', '=']), "URL-safe substitutions applied");

    usersig::verify(PUBLISHED, SDKAPPID, &key, "0", TIME + 1, None).unwrap();
    usersig::verify(generated.expose(), SDKAPPID, &key, "0", TIME + 1, None).unwrap();
    let with_userbuf = usersig::generate(&params(&key, Some(b"abc")));
    usersig::verify(with_userbuf.expose(), SDKAPPID, &key, "0", TIME, Some(b"abc")).unwrap();
}

/// A UserSig as another library might write it.
fn foreign(document: &str, level: u32) -> String {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(document.as_bytes()).unwrap();
    let bytes = encoder.finish().unwrap();
    base64::engine::general_purpose::STANDARD
        .encode(bytes)
        .replace('+', "*")
        .replace('/', "-")
        .replace('=', "_")
}

#[test]
fn other_libraries_documents_verify() {
    let key = key();
    let sig = "CpjuBdQs9ZwnuGAJR8onoOeI9fweX2vIMMY94iOJWJY=";
    let documents = [
        format!(r#"{{"TLS.sig":"{sig}","TLS.time":1569910200,"TLS.expire":15552000,"TLS.sdkappid":1400000000,"TLS.identifier":"0","TLS.ver":"2.0"}}"#),
        format!("{{\n  \"TLS.ver\": \"2.0\",\n  \"TLS.identifier\": \"0\",\n  \"TLS.sdkappid\": 1400000000,\n  \"TLS.expire\": 15552000,\n  \"TLS.time\": 1569910200,\n  \"TLS.sig\": \"{sig}\"\n}}"),
    ];
    for document in &documents {
        for level in [0, 1, 6, 9] {
            usersig::verify(&foreign(document, level), SDKAPPID, &key, "0", TIME + 10, None)
                .unwrap_or_else(|e| panic!("level {level}: {e}: {document}"));
        }
    }
}

#[test]
fn verification_checks_run_in_the_documented_order() {
    let key = key();
    let other_key = Secret::from("another-apps-key");
    let sig = usersig::generate(&params(&key, None));
    let sig = sig.expose();
    let expired = TIME + EXPIRE + 1;
    // Wrong app id is reported before a wrong identifier, expiry and the MAC.
    assert_eq!(
        usersig::verify(sig, 1400000001, &other_key, "x", expired, Some(b"u")),
        Err(UserSigError::SdkAppIdMismatch { expected: 1400000001, found: SDKAPPID })
    );
    assert_eq!(
        usersig::verify(sig, SDKAPPID, &other_key, "x", expired, Some(b"u")),
        Err(UserSigError::IdentifierMismatch)
    );
    assert_eq!(
        usersig::verify(sig, SDKAPPID, &other_key, "0", expired, Some(b"u")),
        Err(UserSigError::Expired { expired_at: TIME + EXPIRE })
    );
    // Exactly at time + expire it is still valid.
    assert_eq!(
        usersig::verify(sig, SDKAPPID, &other_key, "0", TIME + EXPIRE, Some(b"u")),
        Err(UserSigError::UserbufMismatch)
    );
    assert_eq!(
        usersig::verify(sig, SDKAPPID, &other_key, "0", TIME + EXPIRE, None),
        Err(UserSigError::BadMac)
    );
    usersig::verify(sig, SDKAPPID, &key, "0", TIME + EXPIRE, None).unwrap();
    // A userbuf the caller did not expect.
    let with_userbuf = usersig::generate(&params(&key, Some(b"abc")));
    assert_eq!(
        usersig::verify(with_userbuf.expose(), SDKAPPID, &key, "0", TIME, None),
        Err(UserSigError::UserbufMismatch)
    );
    assert_eq!(
        usersig::verify(with_userbuf.expose(), SDKAPPID, &key, "0", TIME, Some(b"abd")),
        Err(UserSigError::UserbufMismatch)
    );
    // Broken strings.
    assert_eq!(
        usersig::verify(&sig[..sig.len() / 2], SDKAPPID, &key, "0", TIME, None),
        Err(UserSigError::Truncated)
    );
    assert_eq!(
        usersig::verify("not base64 at all!", SDKAPPID, &key, "0", TIME, None),
        Err(UserSigError::NotBase64)
    );
    assert_eq!(
        usersig::verify(&foreign("{\"TLS.ver\":\"2.0\"}", 6), SDKAPPID, &key, "0", TIME, None),
        Err(UserSigError::BadDocument)
    );
}
