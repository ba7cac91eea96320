//! `getSnTicket`: `POST /wxa/getsnticket`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/hardware-device/hardwareDevice.getSnTicket.html>.
//! Note: permission set 118 is from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets a device ticket (valid 5 minutes), which the Mini Program needs to subscribe a user to the device's messages.
#[wx_endpoint(
    name = "getSnTicket",
    path = "/wxa/getsnticket",
    perm_sets = [118],
    response = SnTicket,
    errors(
        use CommonError,
        9800001 => SnTooLong: "sn is longer than 128 bytes",
        9800002 => SnInvalidCharacters: "sn contains invalid characters",
        9800003 => InvalidModelId: "model_id check failed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSnTicket {
    /// The device model's id, from registering the device.
    pub model_id: String,
    /// The device's serial number: at most 128 bytes of digits, letters, `_` and `-`.
    #[wx(non_empty, max_bytes = 128)]
    pub sn: String,
}

/// The ticket returned by `getSnTicket`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SnTicket {
    /// The device ticket, valid 5 minutes.
    pub sn_ticket: String,
}
