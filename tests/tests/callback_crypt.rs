//! WXBizMsgCrypt through its public API: round trips for arbitrary messages, keys and receive ids
//! (proptest), and one crafted input for every failure class. No input panics.

use base64::Engine as _;
use proptest::prelude::*;
use wx_endpoints::callback::{CallbackHandler, CallbackQuery, ComponentEvent, CryptError, MsgCrypt};

const KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const APPID: &str = "wxb11529c136998cb6";

fn crypt() -> MsgCrypt {
    MsgCrypt::new("pamtest", KEY, APPID).unwrap()
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

/// `encrypt` with `mask` XORed into ciphertext byte `at` (CBC flips the same bit of the next
/// block's plaintext: a precise way to corrupt a chosen plaintext byte).
fn tamper(encrypt: &str, at: usize, mask: u8) -> String {
    let mut bytes = b64().decode(encrypt).unwrap();
    bytes[at] ^= mask;
    b64().encode(bytes)
}

/// A 43-character EncodingAESKey from 32 key bytes.
fn encoding_key(bytes: &[u8; 32]) -> String {
    b64().encode(bytes).trim_end_matches('=').to_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn encrypt_then_decrypt_round_trips(
        message in ".{0,300}",
        key in any::<[u8; 32]>(),
        receive_id in "[a-zA-Z0-9_]{0,40}",
        random in any::<[u8; 16]>(),
    ) {
        let crypt = MsgCrypt::new("token", &encoding_key(&key), receive_id).unwrap();
        let encrypt = crypt.encrypt_with_random(&message, &random);
        prop_assert_eq!(crypt.decrypt(&encrypt).unwrap(), message);
    }

    #[test]
    fn lengths_at_exact_multiples_of_32_round_trip(blocks in 0usize..8, key in any::<[u8; 32]>()) {
        // random(16) + length(4) + message + receive id = a whole number of 32-byte blocks: the
        // padding is then a full block of 32 bytes of 0x20.
        let receive_id = "wx0123456789abcdef"; // 18 bytes
        let message = "m".repeat(blocks * 32 + 26);
        let crypt = MsgCrypt::new("token", &encoding_key(&key), receive_id).unwrap();
        let encrypt = crypt.encrypt_with_random(&message, &[7; 16]);
        let cipher_len = b64().decode(&encrypt).unwrap().len();
        prop_assert_eq!(cipher_len, 16 + 4 + message.len() + receive_id.len() + 32);
        prop_assert_eq!(crypt.decrypt(&encrypt).unwrap(), message);
    }

    #[test]
    fn arbitrary_input_never_panics(encrypt in ".{0,200}", signature in "[0-9a-f]{0,40}", body in ".{0,300}") {
        let crypt = crypt();
        let _ = crypt.decrypt(&encrypt);
        let _ = crypt.verify(&signature, "1", "n", &encrypt);
        let _ = ComponentEvent::parse(&body);
    }
}

#[test]
fn every_failure_class_has_its_error() {
    let crypt = crypt();
    let valid = crypt.encrypt_with_random("<xml><InfoType>x</InfoType></xml>", b"aaaabbbbccccdddd");

    assert_eq!(crypt.verify("0".repeat(40).as_str(), "1", "n", &valid), Err(CryptError::BadSignature));
    assert_eq!(crypt.decrypt("not base64!"), Err(CryptError::BadBase64));
    assert_eq!(MsgCrypt::new("t", &KEY[..42], APPID).unwrap_err(), CryptError::BadKey);
    assert_eq!(MsgCrypt::new("t", &format!("{}!", &KEY[..42]), APPID).unwrap_err(), CryptError::BadKey);
    // 17 bytes are not a whole number of AES blocks.
    assert_eq!(crypt.decrypt(&b64().encode([0u8; 17])), Err(CryptError::BadPadding));
    assert_eq!(crypt.decrypt(""), Err(CryptError::BadPadding));
    // The last byte of the second-to-last block flips the padding byte.
    let cipher_len = b64().decode(&valid).unwrap().len();
    assert_eq!(crypt.decrypt(&tamper(&valid, cipher_len - 17, 0x40)), Err(CryptError::BadPadding));
    // Byte 0 of the first ciphertext block flips the top byte of the length field (plaintext byte 16).
    assert_eq!(crypt.decrypt(&tamper(&valid, 0, 0x80)), Err(CryptError::BadLength));
    // Byte 4 flips the message's first byte: `<` (0x3c) becomes 0xbc, not UTF-8.
    assert_eq!(crypt.decrypt(&tamper(&valid, 4, 0x80)), Err(CryptError::BadUtf8));
    let other = MsgCrypt::new("pamtest", KEY, "wxsomeoneelse00000").unwrap();
    let for_other = other.encrypt_with_random("hello", b"aaaabbbbccccdddd");
    assert_eq!(crypt.decrypt(&for_other), Err(CryptError::ReceiveIdMismatch));
    assert_eq!(crypt.clone().without_receive_id_check().decrypt(&for_other).unwrap(), "hello");
    assert!(matches!(ComponentEvent::parse("<xml><a></xml>"), Err(CryptError::MalformedXml(_))));
    assert_eq!(ComponentEvent::parse("<xml></xml>"), Err(CryptError::MissingField("InfoType")));
}

#[test]
fn the_handler_refuses_bad_requests_before_decrypting() {
    let crypt = crypt();
    let encrypt = crypt.encrypt_with_random("<xml/>", b"aaaabbbbccccdddd");
    let signature = crypt.signature("1409304348", "xxxxxx", &encrypt);
    let body = format!("<xml><AppId>{APPID}</AppId><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let query = CallbackQuery::parse(&format!("timestamp=1409304348&nonce=xxxxxx&msg_signature={signature}"));

    let tokens =
        wx_endpoints::Client::builder().component(APPID, "S").build().unwrap().tokens().unwrap().clone();
    let handler = CallbackHandler::new(crypt.clone(), tokens).max_body(256);
    assert_eq!(handler.open(&query, &[b' '; 257]).unwrap_err(), CryptError::TooLarge { limit: 256 });
    assert_eq!(
        handler.open(&query, b"<xml><AppId>x</AppId></xml>").unwrap_err(),
        CryptError::MissingField("Encrypt")
    );
    let unsigned = CallbackQuery::parse("timestamp=1409304348&nonce=xxxxxx");
    assert_eq!(
        handler.open(&unsigned, body.as_bytes()).unwrap_err(),
        CryptError::MissingField("msg_signature")
    );
    let wrong_nonce =
        CallbackQuery::parse(&format!("timestamp=1409304348&nonce=yyyyyy&msg_signature={signature}"));
    assert_eq!(handler.open(&wrong_nonce, body.as_bytes()).unwrap_err(), CryptError::BadSignature);
    assert_eq!(
        handler.open(&query, &[0xff, 0xfe]).unwrap_err(),
        CryptError::MalformedXml("the body is not UTF-8".into())
    );
    // Verified and decrypted, but `<xml/>` has no InfoType.
    assert_eq!(handler.open(&query, body.as_bytes()).unwrap_err(), CryptError::MissingField("InfoType"));
}

#[test]
fn the_encrypted_reply_verifies_and_decrypts() {
    let crypt = crypt();
    let reply = crypt.encrypt_reply("success", "1409304348", "xxxxxx");
    let encrypt = reply.split("<Encrypt><![CDATA[").nth(1).unwrap().split("]]>").next().unwrap();
    let signature = reply.split("<MsgSignature><![CDATA[").nth(1).unwrap().split("]]>").next().unwrap();
    crypt.verify(signature, "1409304348", "xxxxxx", encrypt).unwrap();
    assert_eq!(crypt.decrypt(encrypt).unwrap(), "success");
    assert!(
        reply.contains("<TimeStamp>1409304348</TimeStamp>")
            && reply.contains("<Nonce><![CDATA[xxxxxx]]></Nonce>")
    );
}

#[test]
fn the_plain_url_check_answers_echostr() {
    let crypt = crypt();
    // sha1 of the sorted ["1409304348", "pamtest", "xxxxxx"]
    let mut parts = ["pamtest", "1409304348", "xxxxxx"];
    parts.sort();
    use sha1::Digest;
    let signature = hex::encode(sha1::Sha1::digest(parts.concat().as_bytes()));
    assert_eq!(crypt.verify_url(&signature, "1409304348", "xxxxxx", "echo123"), Ok("echo123"));
    assert_eq!(
        crypt.verify_url(&signature, "1409304349", "xxxxxx", "echo123"),
        Err(CryptError::BadSignature)
    );
}
