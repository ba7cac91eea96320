//! `getUploadFuntionConfig`: `POST /tcb/uploadfuncconfig`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getUploadFuntionConfig.html>.
//! Unverified: the page is not stored; the fields come from the reference sample and the `type` values from
//! getFuntionConfig; sibling pages name permission sets 49 and 64, which are not declared here; the errors
//! are the CloudBase table of its sibling pages.

use super::FunctionConfigType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Uploads one kind of configuration of a cloud function.
#[wx_endpoint(
    name = "getUploadFuntionConfig",
    path = "/tcb/uploadfuncconfig",
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
pub struct GetUploadFuntionConfig {
    /// Which configuration to upload.
    #[serde(rename = "type")]
    pub config_type: FunctionConfigType,
    /// The environment's id.
    pub env: String,
    /// The cloud function's name.
    pub function_name: String,
    /// The configuration as a JSON string, e.g. `{"timeout":5}` for the environment configuration.
    pub config: String,
}
