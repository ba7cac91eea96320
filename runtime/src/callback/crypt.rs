//! WXBizMsgCrypt: the message encryption of WeChat callbacks. AES-256-CBC with the key from the
//! 43-character EncodingAESKey, IV = the key's first 16 bytes, PKCS#7 padding to **32**-byte blocks,
//! plaintext = random(16) ‖ length(4, big-endian) ‖ message ‖ receive id; `msg_signature` = SHA-1 of
//! the sorted [token, timestamp, nonce, encrypt]. The crates do AES, CBC, SHA-1 and base64; this file
//! is only the protocol.

use std::fmt;

use aes::Aes256;
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD as BASE64};
use base64::Engine as _;
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use sha1::{Digest, Sha1};
use subtle::ConstantTimeEq;

use crate::secret::Secret;

/// Padding block size of the protocol (not AES's 16).
const PAD_BLOCK: usize = 32;
const RANDOM_LEN: usize = 16;
const HEADER_LEN: usize = RANDOM_LEN + 4;

/// Why a callback could not be verified, decrypted or read. Messages never include key material.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CryptError {
    /// `msg_signature` (or the plain-mode `signature`) does not match (-40001 in WeChat's samples).
    BadSignature,
    /// The EncodingAESKey is not 43 base64 characters of a 32-byte key (-40004).
    BadKey,
    /// `Encrypt` is not valid base64 (-40010).
    BadBase64,
    /// The ciphertext is not a whole number of AES blocks, or its padding is wrong (-40007).
    BadPadding,
    /// The length field points beyond the decrypted buffer (-40007).
    BadLength,
    /// The decrypted message is not UTF-8.
    BadUtf8,
    /// The receive id (appid) after the message is not ours (-40005).
    ReceiveIdMismatch,
    /// The XML body is malformed (-40002).
    MalformedXml(String),
    /// A required XML element or query parameter is missing.
    MissingField(&'static str),
    /// The body is larger than the configured limit; nothing was decrypted.
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The signed `timestamp` is outside the replay window: a replayed or much delayed push.
    Stale {
        /// The push's `timestamp`, Unix seconds.
        timestamp: u64,
        /// Now, Unix seconds.
        now: u64,
    },
}

impl fmt::Display for CryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CryptError::BadSignature => f.write_str("signature mismatch"),
            CryptError::BadKey => {
                f.write_str("the EncodingAESKey must be 43 base64 characters (a 32-byte key)")
            }
            CryptError::BadBase64 => f.write_str("Encrypt is not valid base64"),
            CryptError::BadPadding => f.write_str("bad ciphertext length or padding"),
            CryptError::BadLength => f.write_str("the message length field exceeds the decrypted data"),
            CryptError::BadUtf8 => f.write_str("the decrypted message is not UTF-8"),
            CryptError::ReceiveIdMismatch => f.write_str("the message is addressed to another appid"),
            CryptError::MalformedXml(why) => write!(f, "malformed XML: {why}"),
            CryptError::MissingField(name) => write!(f, "missing `{name}`"),
            CryptError::TooLarge { limit } => write!(f, "body larger than {limit} bytes"),
            CryptError::Stale { timestamp, now } => {
                write!(
                    f,
                    "signed at {timestamp}, {}s from now: outside the replay window",
                    now.abs_diff(*timestamp)
                )
            }
        }
    }
}

impl std::error::Error for CryptError {}

impl CryptError {
    /// The HTTP status and body a push URL answers a request refused for this reason.
    pub fn http_answer(&self) -> (u16, &'static str) {
        match self {
            CryptError::BadSignature => (401, "bad signature"),
            CryptError::Stale { .. } => (403, "stale"),
            CryptError::TooLarge { .. } => (413, "too large"),
            _ => (400, "bad request"),
        }
    }
}

/// The message crypto of one callback URL: its token, EncodingAESKey and receive id (the component
/// appid for a third-party platform).
#[derive(Clone)]
pub struct MsgCrypt {
    token: Secret,
    key: [u8; 32],
    receive_id: String,
    check_receive_id: bool,
}

impl fmt::Debug for MsgCrypt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MsgCrypt")
            .field("token", &self.token)
            .field("key", &"***")
            .field("receive_id", &self.receive_id)
            .field("check_receive_id", &self.check_receive_id)
            .finish()
    }
}

impl MsgCrypt {
    /// The crypto of a URL configured with `token` and `encoding_aes_key`, for messages to `receive_id`.
    pub fn new(
        token: impl Into<Secret>,
        encoding_aes_key: &str,
        receive_id: impl Into<String>,
    ) -> Result<Self, CryptError> {
        if encoding_aes_key.len() != 43 {
            return Err(CryptError::BadKey);
        }
        // The 43rd character carries 2 bits past the key's end, which WeChat does not zero: decode
        // with trailing bits allowed, as the official samples do.
        let lenient = GeneralPurpose::new(
            &alphabet::STANDARD,
            GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
        );
        let key = lenient.decode(format!("{encoding_aes_key}=")).map_err(|_| CryptError::BadKey)?;
        let key: [u8; 32] = key.try_into().map_err(|_| CryptError::BadKey)?;
        Ok(MsgCrypt { token: token.into(), key, receive_id: receive_id.into(), check_receive_id: true })
    }

    /// Accepts messages whatever receive id they carry (the official samples make this optional).
    pub fn without_receive_id_check(mut self) -> Self {
        self.check_receive_id = false;
        self
    }

    /// The receive id messages must carry (unless the check is off).
    pub fn receive_id(&self) -> &str {
        &self.receive_id
    }

    /// `msg_signature` of `encrypt`: lower-case hex SHA-1 of the sorted concatenation.
    pub fn signature(&self, timestamp: &str, nonce: &str, encrypt: &str) -> String {
        sorted_sha1(&mut [self.token.expose(), timestamp, nonce, encrypt])
    }

    /// Checks `msg_signature` in constant time.
    pub fn verify(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        encrypt: &str,
    ) -> Result<(), CryptError> {
        let expected = self.signature(timestamp, nonce, encrypt);
        constant_time_match(&expected, msg_signature)
    }

    /// The plain-mode `signature`: lower-case hex SHA-1 of the sorted [token, timestamp, nonce]
    /// (WeChat adds it to every push beside `msg_signature`).
    pub fn plain_signature(&self, timestamp: &str, nonce: &str) -> String {
        sorted_sha1(&mut [self.token.expose(), timestamp, nonce])
    }

    /// The plain-mode URL check: `signature` over [token, timestamp, nonce]; answers `echostr`.
    pub fn verify_url<'e>(
        &self,
        signature: &str,
        timestamp: &str,
        nonce: &str,
        echostr: &'e str,
    ) -> Result<&'e str, CryptError> {
        constant_time_match(&self.plain_signature(timestamp, nonce), signature).map(|()| echostr)
    }

    /// Verifies a push's ciphertext against the query's `msg_signature`, `timestamp` and `nonce`,
    /// then decrypts it.
    pub fn open(&self, query: &super::CallbackQuery, encrypt: &str) -> Result<String, CryptError> {
        let signature = query.msg_signature.as_deref().ok_or(CryptError::MissingField("msg_signature"))?;
        let timestamp = query.timestamp.as_deref().ok_or(CryptError::MissingField("timestamp"))?;
        let nonce = query.nonce.as_deref().ok_or(CryptError::MissingField("nonce"))?;
        self.verify(signature, timestamp, nonce, encrypt)?;
        self.decrypt(encrypt)
    }

    /// The answer to the URL check of a callback configuration: plain mode (`signature`) answers
    /// `echostr`; safe mode (`msg_signature`) answers the decrypted `echostr`.
    pub fn answer_url_check(
        &self,
        query: &super::CallbackQuery,
        echostr: &str,
    ) -> Result<String, CryptError> {
        let timestamp = query.timestamp.as_deref().ok_or(CryptError::MissingField("timestamp"))?;
        let nonce = query.nonce.as_deref().ok_or(CryptError::MissingField("nonce"))?;
        if let Some(msg_signature) = &query.msg_signature {
            self.verify(msg_signature, timestamp, nonce, echostr)?;
            return self.decrypt(echostr);
        }
        let signature = query.signature.as_deref().ok_or(CryptError::MissingField("signature"))?;
        Ok(self.verify_url(signature, timestamp, nonce, echostr)?.to_owned())
    }

    /// Decrypts the `Encrypt` value to the message.
    pub fn decrypt(&self, encrypt: &str) -> Result<String, CryptError> {
        let mut data = BASE64.decode(encrypt.trim()).map_err(|_| CryptError::BadBase64)?;
        let decryptor = cbc::Decryptor::<Aes256>::new_from_slices(&self.key, &self.key[..16])
            .map_err(|_| CryptError::BadKey)?;
        let plain = decryptor.decrypt_padded::<NoPadding>(&mut data).map_err(|_| CryptError::BadPadding)?;
        let pad = *plain.last().ok_or(CryptError::BadPadding)? as usize;
        if pad == 0
            || pad > PAD_BLOCK
            || pad > plain.len()
            || plain[plain.len() - pad..].iter().any(|&b| b as usize != pad)
        {
            return Err(CryptError::BadPadding);
        }
        let plain = &plain[..plain.len() - pad];
        if plain.len() < HEADER_LEN {
            return Err(CryptError::BadLength);
        }
        let length = u32::from_be_bytes([plain[16], plain[17], plain[18], plain[19]]) as usize;
        let message_end =
            HEADER_LEN.checked_add(length).filter(|&end| end <= plain.len()).ok_or(CryptError::BadLength)?;
        let message =
            std::str::from_utf8(&plain[HEADER_LEN..message_end]).map_err(|_| CryptError::BadUtf8)?;
        if self.check_receive_id && plain[message_end..].ct_eq(self.receive_id.as_bytes()).unwrap_u8() != 1 {
            return Err(CryptError::ReceiveIdMismatch);
        }
        Ok(message.to_owned())
    }

    /// Encrypts `message` with a given 16-byte random prefix (for test vectors).
    pub fn encrypt_with_random(&self, message: &str, random: &[u8; RANDOM_LEN]) -> String {
        let body_len = HEADER_LEN + message.len() + self.receive_id.len();
        let pad = PAD_BLOCK - body_len % PAD_BLOCK;
        let mut data = Vec::with_capacity(body_len + pad);
        data.extend_from_slice(random);
        data.extend_from_slice(&(message.len() as u32).to_be_bytes());
        data.extend_from_slice(message.as_bytes());
        data.extend_from_slice(self.receive_id.as_bytes());
        data.resize(body_len + pad, pad as u8);
        let length = data.len();
        let encryptor = cbc::Encryptor::<Aes256>::new_from_slices(&self.key, &self.key[..16])
            .expect("32-byte key, 16-byte IV");
        let cipher =
            encryptor.encrypt_padded::<NoPadding>(&mut data, length).expect("a whole number of blocks");
        BASE64.encode(cipher)
    }

    /// Encrypts `message` with a fresh random prefix.
    pub fn encrypt(&self, message: &str) -> String {
        let mut random = [0u8; RANDOM_LEN];
        if getrandom::fill(&mut random).is_err() {
            // The prefix only varies the ciphertext; it is not a key or an IV.
            random = fastrand::u128(..).to_le_bytes();
        }
        self.encrypt_with_random(message, &random)
    }

    /// The encrypted reply document for `message`.
    pub fn encrypt_reply(&self, message: &str, timestamp: &str, nonce: &str) -> String {
        let encrypt = self.encrypt(message);
        self.reply_xml(&encrypt, timestamp, nonce)
    }

    /// `<xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>` around an encrypted value.
    pub fn reply_xml(&self, encrypt: &str, timestamp: &str, nonce: &str) -> String {
        let signature = self.signature(timestamp, nonce, encrypt);
        format!(
            "<xml><Encrypt><![CDATA[{encrypt}]]></Encrypt><MsgSignature><![CDATA[{signature}]]></MsgSignature>\
             <TimeStamp>{}</TimeStamp><Nonce><![CDATA[{}]]></Nonce></xml>",
            quick_xml::escape::escape(timestamp),
            nonce.replace("]]>", "]]]]><![CDATA[>")
        )
    }
}

fn sorted_sha1(parts: &mut [&str]) -> String {
    parts.sort_unstable();
    let mut hasher = Sha1::new();
    for part in parts.iter() {
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

fn constant_time_match(expected: &str, given: &str) -> Result<(), CryptError> {
    let given = given.trim().to_ascii_lowercase();
    if expected.as_bytes().ct_eq(given.as_bytes()).unwrap_u8() == 1 {
        Ok(())
    } else {
        Err(CryptError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The official sample: the test vector of WeChat's message encryption sample code, which the
    /// official guide provides:
    /// <https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Message_Encryption/Message_encryption_and_decryption.html>.
    fn sample() -> MsgCrypt {
        MsgCrypt::new("pamtest", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6").unwrap()
    }

    const ENCRYPT: &str =
        "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    #[test]
    fn the_official_vector_reproduces() {
        let crypt = sample();
        assert_eq!(crypt.encrypt_with_random("我是中文abcd123", b"aaaabbbbccccdddd"), ENCRYPT);
        assert_eq!(crypt.decrypt(ENCRYPT).unwrap(), "我是中文abcd123");
        assert_eq!(
            crypt.signature("1409304348", "xxxxxx", ENCRYPT),
            "82c962d39941aa48552f90ef55aa323dc620cc10"
        );
        crypt.verify("82c962d39941aa48552f90ef55aa323dc620cc10", "1409304348", "xxxxxx", ENCRYPT).unwrap();
        assert_eq!(
            crypt.verify("82c962d39941aa48552f90ef55aa323dc620cc11", "1409304348", "xxxxxx", ENCRYPT),
            Err(CryptError::BadSignature)
        );
    }

    #[test]
    fn debug_hides_token_and_key() {
        let text = format!("{:?}", sample());
        assert!(!text.contains("pamtest") && !text.contains("abcdefghij"), "{text}");
    }
}
