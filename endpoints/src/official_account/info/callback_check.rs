//! `callbackCheck`: `POST /cgi-bin/callback/check`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Network_Detection.html>.
//! Note: name and error rows from the newer page doc/service/api/base/api_callbackcheck.html; a third-party platform
//! may call it with its component token or, on a merchant's behalf, with the authorizer token (any permission set).
//! Note: `ping.time` appears in the samples and in the older page's table (average ping time), not in the newer page's table.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Resolves the developer's callback URL and pings every IP it resolves to, to diagnose callback failures.
#[wx_endpoint(
    name = "callbackCheck",
    path = "/cgi-bin/callback/check",
    idempotent,
    response = CallbackCheckResult,
    errors(
        use CommonError,
        40201 => InvalidUrl: "invalid url: no callback URL is set",
        40202 => InvalidAction: "invalid action",
        40203 => InvalidCheckOperator: "invalid check_operator",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CallbackCheck {
    /// What to run: DNS resolution, ping, or both.
    pub action: CheckAction,
    /// The carrier the check starts from.
    pub check_operator: CheckOperator,
}

crate::wire_enum! {
    /// The detection to run (`action`).
    pub enum CheckAction: text {
        /// `dns`: resolve the callback domain.
        Dns = "dns",
        /// `ping`: ping the resolved IPs.
        Ping = "ping",
        /// `all`: both.
        All = "all",
    }
}

crate::wire_enum! {
    /// A carrier (`check_operator`, `real_operator`, `from_operator`).
    pub enum CheckOperator: text {
        /// `CHINANET`: China Telecom.
        Chinanet = "CHINANET",
        /// `UNICOM`: China Unicom.
        Unicom = "UNICOM",
        /// `CAP`: Tencent's own egress.
        Cap = "CAP",
        /// `DEFAULT`: chosen by the IP.
        Automatic = "DEFAULT",
    }
}

/// The results returned by `callbackCheck`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CallbackCheckResult {
    /// DNS resolution results.
    pub dns: Vec<DnsResult>,
    /// Ping results.
    pub ping: Vec<PingResult>,
}

/// One resolved IP (`dns`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DnsResult {
    /// The resolved IP.
    pub ip: String,
    /// The IP's carrier.
    pub real_operator: Option<CheckOperator>,
}

/// One ping (`ping`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PingResult {
    /// The pinged IP (`ping ip -c 1 -w 1 -q`).
    pub ip: String,
    /// The carrier the ping started from, as `check_operator` chose it.
    pub from_operator: Option<CheckOperator>,
    /// Packet loss, `0%` or `100%` (one packet is sent).
    pub package_loss: String,
    /// The ping's time, e.g. `23.079ms`.
    pub time: String,
}
