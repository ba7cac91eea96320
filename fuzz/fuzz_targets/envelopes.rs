//! Both envelope decoders (WeChat `{errcode, errmsg}`, Tencent IM `{ActionStatus, ErrorCode,
//! ErrorInfo}`) on arbitrary bodies: a typed answer, never a panic.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run envelopes`

#![no_main]

use libfuzzer_sys::fuzz_target;
use wx_endpoints::__private::check_envelope;
use wx_endpoints::ApiFamily;

fuzz_target!(|data: &[u8]| {
    for family in [ApiFamily::WeChat, ApiFamily::TencentIm] {
        if let Err(error) = check_envelope(family, data) {
            // The error formats, and keeps a bounded snippet.
            let text = error.to_string();
            assert!(error.body_snippet.len() <= 256 + 3, "{text}");
        }
    }
});
