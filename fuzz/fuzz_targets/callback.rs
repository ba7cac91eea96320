//! verify + decrypt + parse of pushes on both URLs of a platform (authorization events; the
//! authorizers' messages and events, XML and JSON). The input drives each stage on its own and the
//! whole path with a valid signature, so random bytes reach the AES, padding, length, XML, JSON and
//! typing code rather than stopping at the signature check.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run callback` (from `fuzz/`'s parent).

#![no_main]

use std::sync::OnceLock;

use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use wx_endpoints::callback::{xml_envelope_field, xml_tree, CallbackHandler, CallbackQuery, ComponentEvent, MsgCrypt};
use wx_endpoints::push::{Push, PushHandler};

const KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const APPID: &str = "wxb11529c136998cb6";

fn pushes() -> &'static PushHandler {
    static PUSHES: OnceLock<PushHandler> = OnceLock::new();
    PUSHES.get_or_init(|| {
        let crypt = MsgCrypt::new("pamtest", KEY, APPID).expect("the sample key");
        let client = wx_endpoints::Client::builder().component(APPID, "secret").build().expect("client");
        PushHandler::new(crypt, client)
    })
}

fn handler() -> &'static (MsgCrypt, CallbackHandler) {
    static HANDLER: OnceLock<(MsgCrypt, CallbackHandler)> = OnceLock::new();
    HANDLER.get_or_init(|| {
        let crypt = MsgCrypt::new("pamtest", KEY, APPID).expect("the sample key");
        let client = wx_endpoints::Client::builder().component(APPID, "secret").build().expect("client");
        let handler = CallbackHandler::new(crypt.clone(), client.tokens().expect("tokens").clone());
        (crypt, handler)
    })
}

fuzz_target!(|data: &[u8]| {
    let (crypt, handler) = handler();
    let text = String::from_utf8_lossy(data);

    // Each stage alone.
    let _ = MsgCrypt::new("t", &text, APPID);
    let _ = crypt.verify(&text, "1409304348", "xxxxxx", &text);
    let _ = crypt.decrypt(&text);
    let encrypt = base64::engine::general_purpose::STANDARD.encode(data);
    let _ = crypt.decrypt(&encrypt);
    let _ = ComponentEvent::parse(&text);
    let _ = xml_tree(&text);
    let _ = xml_envelope_field(&text, "Encrypt");
    if let Ok(push) = Push::parse("wxauthorizer", &text) {
        let _ = push.dedup_id();
    }

    // The whole path, correctly signed: raw bytes as the ciphertext, and the input as the body.
    let signature = crypt.signature("1409304348", "xxxxxx", &encrypt);
    let query = CallbackQuery::parse(&format!("timestamp=1409304348&nonce=xxxxxx&msg_signature={signature}"));
    let body = format!("<xml><AppId>{APPID}</AppId><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let _ = handler.open(&query, body.as_bytes());
    let _ = handler.open(&query, data);
    let _ = pushes().open("wxauthorizer", &query, body.as_bytes());
    let _ = pushes().open("wxauthorizer", &query, data);

    // Valid ciphertext around arbitrary plaintext: the event parser behind real decryption.
    let sealed = crypt.encrypt_with_random(&text, b"aaaabbbbccccdddd");
    let signature = crypt.signature("1409304348", "xxxxxx", &sealed);
    let query = CallbackQuery::parse(&format!("timestamp=1409304348&nonce=xxxxxx&msg_signature={signature}"));
    let body = format!("<xml><Encrypt>{sealed}</Encrypt></xml>");
    let _ = handler.open(&query, body.as_bytes());
    // The authorizers' pushes behind real decryption, in both envelopes.
    let _ = pushes().open("wxauthorizer", &query, body.as_bytes());
    let json = format!("{{\"ToUserName\":\"gh_x\",\"Encrypt\":\"{sealed}\"}}");
    let _ = pushes().open("wxauthorizer", &query, json.as_bytes());
});
