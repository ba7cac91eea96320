//! `setSpeed`: `POST /cgi-bin/message/mass/speed/set`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#9>.
//! Note: the interface name, permission set, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/subscription/api/notify/message/api_setspeed>.

use super::MassSpeed;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets the mass sending speed.
#[wx_endpoint(
    name = "setSpeed",
    path = "/cgi-bin/message/mass/speed/set",
    perm_sets = [7],
    errors(
        use CommonError,
        45083 => SpeedOutOfRange: "speed is not between 0 and 4",
        45084 => SpeedMissing: "speed is not set",
        89504 => AwaitingAdminConfirmation: "waiting for the administrator's confirmation",
        89505 => AdminConfirmationPending: "waiting for the administrator's confirmation; retry later",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SetSpeed {
    /// The speed level.
    pub speed: MassSpeed,
}
