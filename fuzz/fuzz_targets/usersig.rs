//! UserSig verification on arbitrary strings, and on real UserSigs with bytes flipped: a typed
//! answer, never a panic.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run usersig`

#![no_main]

use libfuzzer_sys::fuzz_target;
use wx_endpoints::im::usersig::{self, UserSigParams};
use wx_endpoints::Secret;

fuzz_target!(|data: &[u8]| {
    let key = Secret::from("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
    let text = String::from_utf8_lossy(data);
    let _ = usersig::verify(&text, 1400000000, &key, "0", 1569910201, None);
    let _ = usersig::decode_document(&text);
    // A genuine UserSig with the input folded into it: reaches inflate and JSON with valid framing.
    let params = UserSigParams { sdkappid: 1400000000, key: &key, identifier: &text, expire: 86400, time: 1569910200, userbuf: Some(data) };
    let genuine = usersig::generate(&params);
    let _ = usersig::verify(genuine.expose(), 1400000000, &key, &text, 1569910201, Some(data));
    let mut bytes = genuine.expose().as_bytes().to_vec();
    if let (Some(&first), false) = (data.first(), bytes.is_empty()) {
        let at = first as usize % bytes.len();
        bytes[at] = data.get(1).copied().unwrap_or(b'A');
        let _ = usersig::verify(&String::from_utf8_lossy(&bytes), 1400000000, &key, "0", 1569910201, None);
    }
});
