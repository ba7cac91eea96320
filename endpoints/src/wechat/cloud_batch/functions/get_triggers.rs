//! `GetTriggers`: `POST /componenttcb/gettriggers`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/getTriggers.html>.
//! Note: the page gives the interface name as `GetTriggers` (capitalised), though its URL says getTriggers.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the triggers of a cloud function in an environment.
#[wx_endpoint(
    name = "GetTriggers",
    path = "/componenttcb/gettriggers",
    credential = component,
    credential_param = access_token,
    response = CloudFunctionTriggers,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTriggers {
    /// The cloud function's name.
    pub funcname: String,
    /// The environment's id.
    pub env: String,
}

/// The triggers, as `GetTriggers` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionTriggers {
    /// The triggers.
    pub triggers: Vec<TriggerInfo>,
}

/// A trigger (`triggers`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TriggerInfo {
    /// The trigger's name.
    pub trigger_name: String,
    /// The trigger's configuration (for a timer, a cron expression).
    pub config: String,
    /// The trigger's type (`timer`).
    #[serde(rename = "type")]
    pub trigger_type: String,
}
