//! `applyLivelnfo`: `POST /wxa/business/applyliveinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/live-player/applyLivelnfo.html>.
//! Note: the page spells the interface name `applyLivelnfo` (a lower-case L for the I); the name is
//! kept as printed, the type is `ApplyLiveInfo`. At most 100 calls a day; the administrator must
//! accept the terms within 24 hours, and the result is pushed as the `wxa_live_apply_event` event.
//! 268489001 is from the newer page api_applylivelnfo.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies for the Mini Program live-streaming feature on the merchant's behalf.
#[wx_endpoint(
    name = "applyLivelnfo",
    path = "/wxa/business/applyliveinfo",
    perm_sets = [52],
    response = LiveApplication,
    errors(
        use CommonError,
        2 => NoRecentPayment: "no payment in the last 90 days: live streaming cannot be applied for (data takes effect T+1)",
        268489001 => ApplicationsSuspended: "under maintenance: new live-streaming permissions are not granted for now",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ApplyLiveInfo {
    /// Always `apply`.
    #[wx(non_empty)]
    pub action: String,
}

/// The accepted application, as `applyLivelnfo` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LiveApplication {
    /// `apply`.
    pub action: String,
}
