//! `updateTriggers`: `POST /componenttcb/batchupdatetriggers`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/updateTriggers.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets the triggers of a cloud function in several environments at once.
#[wx_endpoint(
    name = "updateTriggers",
    path = "/componenttcb/batchupdatetriggers",
    credential = component,
    credential_param = access_token,
    response = TriggersUpdated,
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
pub struct UpdateTriggers {
    /// The cloud function's name.
    pub funcname: String,
    /// The environments' ids.
    pub envs: Vec<String>,
    /// The triggers.
    pub triggers: Vec<TriggerSpec>,
}

/// A trigger to set (`triggers`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TriggerSpec {
    /// The trigger's name.
    pub trigger_name: String,
    /// The trigger's type (`Timer` in the page's sample).
    #[serde(rename = "type")]
    pub trigger_type: String,
    /// The trigger's configuration (for a timer, a cron expression such as `0 0 2 2 * * *`).
    pub config: String,
}

/// The outcome of `updateTriggers`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TriggersUpdated {
    /// The environments where the update failed, with the reason.
    pub err_list: Vec<TriggerUpdateFailure>,
}

/// An environment where `updateTriggers` failed (`err_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TriggerUpdateFailure {
    /// The environment's id.
    pub env: String,
    /// Why it failed.
    pub errmsg: String,
}
