//! verify + parse of Tencent IM callbacks. The first line of the input is the URL query, the rest
//! the body; each input is tried as it is and signed with the right token at the right time, so
//! random bodies reach the event parsers rather than stopping at the signature check.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run im_callback` (from `fuzz/`'s parent).

#![no_main]

use libfuzzer_sys::fuzz_target;
use wx_endpoints::im::callback::{ImCallbacks, ImEvent};
use wx_endpoints::im::CallbackAuth;

const SDKAPPID: u64 = 1400000000;
const NOW: u64 = 1669872112;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|b| *b == b'\n').unwrap_or(data.len());
    let (query, body) = (String::from_utf8_lossy(&data[..split]), data.get(split + 1..).unwrap_or_default());
    let auth = CallbackAuth::new("xxxxyyyy");
    let callbacks = ImCallbacks::new(SDKAPPID).authenticated(auth.clone());
    let _ = callbacks.parse(&query, body, NOW);
    // The same query and body, authentic: the body's parser is reached.
    let command = query.split('&').find_map(|p| p.strip_prefix("CallbackCommand=")).unwrap_or("");
    let signed = format!(
        "SdkAppid={SDKAPPID}&CallbackCommand={command}&Sign={}&RequestTime={NOW}",
        auth.sign(NOW)
    );
    if let Ok(request) = callbacks.parse(&signed, body, NOW) {
        assert!(!request.event.command().is_empty() || matches!(request.event, ImEvent::Unknown { .. }));
    }
    let _ = ImEvent::parse("C2C.CallbackBeforeSendMsg", body);
    let _ = ImEvent::parse("Group.CallbackAfterSendMsg", body);
});
