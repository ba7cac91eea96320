//! `getFuntionConfig`: `POST /tcb/getfuncconfig`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getFuntionConfig.html>.
//! Unverified: the stored en page garbles the third `type` value (environment configuration); 3 is read from
//! the reference sample of uploadfuncconfig.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use super::FunctionConfigType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads one kind of configuration of a cloud function.
#[wx_endpoint(
    name = "getFuntionConfig",
    path = "/tcb/getfuncconfig",
    perm_sets = [49, 64],
    response = FunctionConfig,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is current and belongs to this account",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePostMethod: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters",
        85088 => NoCloudBasePrivilege: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetFuntionConfig {
    /// Which configuration to read.
    #[serde(rename = "type")]
    pub config_type: FunctionConfigType,
    /// The environment's id.
    pub env: String,
    /// The cloud function's name.
    pub function_name: String,
}

/// The configuration returned by `getFuntionConfig`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FunctionConfig {
    /// The configuration as a JSON string.
    pub config: String,
}
