//! Mini Program live streaming: applying for the live-streaming feature.

mod apply_live_info;

pub use apply_live_info::{ApplyLiveInfo, ApplyLiveInfoError, LiveApplication};
