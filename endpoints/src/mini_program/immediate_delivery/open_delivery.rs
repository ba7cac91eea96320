//! `openDelivery`: `POST /cgi-bin/express/local/business/open`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.openDelivery.html>.
//! Note: only a third-party platform may call it, for an authorized Mini Program, whose
//! administrator then receives a template message to confirm. The current page
//! (deliver-by-business/api_opendelivery) takes the authorizer_access_token (perm sets 51, 71).
//! Unverified: the earlier page's request line reads `access_token=COMPNENT_ACCESS_TOKEN`; the
//! current page's reading is followed. Its codes 43016-930571 are from that earlier version.

use super::DeliveryResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks an authorized Mini Program's administrator to open immediate delivery.
#[wx_endpoint(
    name = "openDelivery",
    path = "/cgi-bin/express/local/business/open",
    perm_sets = [51, 71],
    response = DeliveryResult,
    errors(
        use CommonError,
        43016 => MiniProgramNotVerified: "the Mini Program is not verified",
        86000 => NotThirdPartyCall: "not called by a third-party platform",
        930568 => PersonalMiniProgram: "personal Mini Programs are not supported",
        930569 => AlreadyOpened: "immediate delivery is already open",
        930571 => NoBetaPermission: "the merchant has no beta permission",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct OpenDelivery;
