//! `getSpeed`: `POST /cgi-bin/message/mass/speed/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#9>.
//! Note: the interface name, permission set, method, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_getspeed>, whose request line is POST.

use super::MassSpeed;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the mass sending speed.
#[wx_endpoint(
    name = "getSpeed",
    path = "/cgi-bin/message/mass/speed/get",
    perm_sets = [7],
    idempotent,
    response = MassSpeedInfo,
    errors(
        use CommonError,
        45083 => SpeedOutOfRange: "speed is not between 0 and 4",
        45084 => SpeedMissing: "speed is not set",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSpeed;

/// The speed returned by `getSpeed`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MassSpeedInfo {
    /// The speed level.
    pub speed: Option<MassSpeed>,
    /// The actual speed, in ten thousands a minute.
    pub realspeed: i64,
}
