//! UserSig (TLSSigAPIv2): HMAC-SHA256 over the signed content, a JSON document, zlib, and base64 with
//! `+/=` replaced by `*-_`. Verification reverses it and checks, in this order: sdkappid,
//! identifier, expiry, userbuf, MAC (in constant time).

use std::fmt;
use std::io::Read;

use base64::alphabet::Alphabet;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::engine::{GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use flate2::read::ZlibDecoder;
use flate2::{Compress, Compression, FlushCompress, Status};
use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};

use crate::secret::Secret;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// Standard base64 with `*` and `-` for `+` and `/` (padding is replaced after).
const USERSIG_BASE64: GeneralPurpose = GeneralPurpose::new(
    &match Alphabet::new("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-") {
        Ok(alphabet) => alphabet,
        Err(_) => panic!("64 distinct printable characters"),
    },
    GeneralPurposeConfig::new(),
);

/// A decoded UserSig is a few hundred bytes; anything inflating past this is not one.
const MAX_DOCUMENT_BYTES: u64 = 16 * 1024;

/// What a UserSig is made from.
#[derive(Clone, Debug)]
pub struct UserSigParams<'a> {
    /// The IM app's SDKAppID.
    pub sdkappid: u64,
    /// The console's secret key (its UTF-8 bytes are the HMAC key; a hex key is not decoded).
    pub key: &'a Secret,
    /// The account the UserSig is for.
    pub identifier: &'a str,
    /// Validity in seconds.
    pub expire: u64,
    /// Issue time, Unix seconds.
    pub time: u64,
    /// TRTC's optional user buffer; IM uses none.
    pub userbuf: Option<&'a [u8]>,
}

/// Why a UserSig does not verify. The order of the variants is the order of the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum UserSigError {
    /// Not base64 after undoing the URL-safe substitutions.
    NotBase64,
    /// Does not inflate (truncated, not zlib, or too large).
    Truncated,
    /// Inflates, but is not the UserSig JSON document.
    BadDocument,
    /// The UserSig is for another SDKAppID.
    SdkAppIdMismatch {
        /// The SDKAppID verified against.
        expected: u64,
        /// The SDKAppID in the UserSig.
        found: u64,
    },
    /// The UserSig is for another identifier.
    IdentifierMismatch,
    /// `now > time + expire`.
    Expired {
        /// When it expired (`time + expire`), Unix seconds.
        expired_at: u64,
    },
    /// The userbuf is missing, unexpected, or different.
    UserbufMismatch,
    /// The MAC does not match: signed with another key.
    BadMac,
}

impl fmt::Display for UserSigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserSigError::NotBase64 => f.write_str("the UserSig is not base64"),
            UserSigError::Truncated => f.write_str("the UserSig does not inflate (truncated?)"),
            UserSigError::BadDocument => f.write_str("the UserSig is not a UserSig document"),
            UserSigError::SdkAppIdMismatch { expected, found } => {
                write!(f, "the UserSig is for SDKAppID {found}, not {expected}")
            }
            UserSigError::IdentifierMismatch => f.write_str("the UserSig is for another identifier"),
            UserSigError::Expired { expired_at } => write!(f, "the UserSig expired at {expired_at}"),
            UserSigError::UserbufMismatch => f.write_str("the UserSig's userbuf does not match"),
            UserSigError::BadMac => f.write_str("the UserSig's signature does not match the key"),
        }
    }
}

impl std::error::Error for UserSigError {}

/// The JSON document, fields in the order Tencent's own libraries write them.
#[derive(Serialize, Deserialize)]
struct Document {
    #[serde(rename = "TLS.ver")]
    ver: String,
    #[serde(rename = "TLS.identifier")]
    identifier: String,
    #[serde(rename = "TLS.sdkappid")]
    sdkappid: u64,
    #[serde(rename = "TLS.expire")]
    expire: u64,
    #[serde(rename = "TLS.time")]
    time: u64,
    #[serde(rename = "TLS.userbuf", default, skip_serializing_if = "Option::is_none")]
    userbuf: Option<String>,
    #[serde(rename = "TLS.sig")]
    sig: String,
}

/// The signed content: each line ends in `\n`, the last too.
pub fn signed_content(
    sdkappid: u64,
    identifier: &str,
    time: u64,
    expire: u64,
    userbuf_b64: Option<&str>,
) -> String {
    let mut content = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    if let Some(userbuf) = userbuf_b64 {
        content.push_str(&format!("TLS.userbuf:{userbuf}\n"));
    }
    content
}

fn mac(key: &Secret, content: &str) -> HmacSha256 {
    // HMAC takes keys of any length: this cannot fail.
    let mut mac = HmacSha256::new_from_slice(key.expose().as_bytes()).expect("HMAC accepts any key length");
    mac.update(content.as_bytes());
    mac
}

/// `TLS.sig`: standard base64 of the HMAC-SHA256 of the signed content.
pub fn tls_sig(params: &UserSigParams<'_>) -> String {
    let userbuf = params.userbuf.map(|b| BASE64.encode(b));
    let content =
        signed_content(params.sdkappid, params.identifier, params.time, params.expire, userbuf.as_deref());
    BASE64.encode(mac(params.key, &content).finalize().into_bytes())
}

/// Generates a UserSig.
pub fn generate(params: &UserSigParams<'_>) -> Secret {
    let document = Document {
        ver: "2.0".into(),
        identifier: params.identifier.to_owned(),
        sdkappid: params.sdkappid,
        expire: params.expire,
        time: params.time,
        userbuf: params.userbuf.map(|b| BASE64.encode(b)),
        sig: tls_sig(params),
    };
    let json = serde_json::to_vec(&document).expect("a struct of strings and numbers serializes");
    let compressed = zlib(&json);
    // The URL-safe alphabet TLSSigAPIv2 uses: `*` and `-` for `+` and `/`, `_` for the padding.
    let mut text = USERSIG_BASE64.encode(compressed).into_bytes();
    for byte in text.iter_mut().filter(|byte| **byte == b'=') {
        *byte = b'_';
    }
    Secret::from(String::from_utf8(text).expect("base64 is ASCII"))
}

/// zlib of `data` at the fastest level (a UserSig's JSON is a few hundred bytes: higher levels
/// shrink it by a few bytes at several times the cost), with this thread's deflate state reset
/// rather than allocated anew: the state is a few hundred kilobytes, and allocating it dominated.
fn zlib(data: &[u8]) -> Vec<u8> {
    thread_local! {
        static DEFLATE: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::fast(), true));
    }
    DEFLATE.with(|deflate| {
        let mut deflate = deflate.borrow_mut();
        deflate.reset();
        // zlib grows data by a few bytes per 16 KB block plus its header: one pass, as a rule.
        let mut out = Vec::with_capacity(data.len() + 64);
        loop {
            let consumed = usize::try_from(deflate.total_in()).unwrap_or(data.len()).min(data.len());
            match deflate.compress_vec(&data[consumed..], &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => return out,
                Ok(Status::Ok | Status::BufError) => out.reserve(out.capacity().max(64)),
                Err(error) => unreachable!("deflate of a whole buffer cannot fail: {error}"),
            }
        }
    })
}

/// The decoded JSON document of a UserSig, as text (for inspection and tests).
pub fn decode_document(usersig: &str) -> Result<String, UserSigError> {
    let standard = usersig.trim().replace('_', "=").replace('-', "/").replace('*', "+");
    let compressed = BASE64.decode(standard).map_err(|_| UserSigError::NotBase64)?;
    let mut json = String::new();
    ZlibDecoder::new(&compressed[..])
        .take(MAX_DOCUMENT_BYTES + 1)
        .read_to_string(&mut json)
        .map_err(|_| UserSigError::Truncated)?;
    if json.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(UserSigError::Truncated);
    }
    Ok(json)
}

/// Verifies `usersig` for `sdkappid` and `identifier` at `now` (Unix seconds): the checks run in
/// the documented order and the first failure is returned. `userbuf` is the one expected (none:
/// the UserSig must carry none).
pub fn verify(
    usersig: &str,
    sdkappid: u64,
    key: &Secret,
    identifier: &str,
    now: u64,
    userbuf: Option<&[u8]>,
) -> Result<(), UserSigError> {
    check(usersig, sdkappid, key, identifier, now, Some(userbuf))
}

/// Verifies `usersig` as the IM server does for REST calls and logins: a userbuf, if the UserSig
/// carries one (TRTC's), is part of what the MAC signs but is not compared with anything.
pub fn verify_any_userbuf(
    usersig: &str,
    sdkappid: u64,
    key: &Secret,
    identifier: &str,
    now: u64,
) -> Result<(), UserSigError> {
    check(usersig, sdkappid, key, identifier, now, None)
}

/// `expected_userbuf`: `Some(x)` compares the userbuf with `x`; `None` accepts any.
fn check(
    usersig: &str,
    sdkappid: u64,
    key: &Secret,
    identifier: &str,
    now: u64,
    expected_userbuf: Option<Option<&[u8]>>,
) -> Result<(), UserSigError> {
    let json = decode_document(usersig)?;
    let document: Document = serde_json::from_str(&json).map_err(|_| UserSigError::BadDocument)?;
    if document.sdkappid != sdkappid {
        return Err(UserSigError::SdkAppIdMismatch { expected: sdkappid, found: document.sdkappid });
    }
    if document.identifier != identifier {
        return Err(UserSigError::IdentifierMismatch);
    }
    let expired_at = document.time.saturating_add(document.expire);
    if now > expired_at {
        return Err(UserSigError::Expired { expired_at });
    }
    if let Some(userbuf) = expected_userbuf {
        if document.userbuf != userbuf.map(|b| BASE64.encode(b)) {
            return Err(UserSigError::UserbufMismatch);
        }
    }
    let content =
        signed_content(sdkappid, identifier, document.time, document.expire, document.userbuf.as_deref());
    let given = BASE64.decode(&document.sig).map_err(|_| UserSigError::BadMac)?;
    mac(key, &content).verify_slice(&given).map_err(|_| UserSigError::BadMac)
}
