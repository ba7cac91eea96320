//! `uploadCloudFunctionConfig`: `POST /componenttcb/updatescfconfig`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/uploadCloudFunctionConfig.html>.
//! Unverified: the page is not in the stored copies; fields and their types from the corpus's request sample (which fields are optional, units and accepted values unconfirmed), errors the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Changes a cloud function's configuration: memory, timeout, environment variables, network.
#[wx_endpoint(
    name = "uploadCloudFunctionConfig",
    path = "/componenttcb/updatescfconfig",
    credential = component,
    credential_param = access_token,
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
pub struct UploadCloudFunctionConfig {
    /// The environment's id.
    pub env: String,
    /// The cloud function's name.
    pub functionname: String,
    /// The function's memory, in MB.
    pub memorysize: Option<u32>,
    /// The function's timeout, in seconds.
    pub timeout: Option<u32>,
    /// The function's environment variables.
    pub environment_variables: Option<Vec<CloudFunctionEnvVar>>,
    /// The function's public network access.
    pub public_net_config: Option<PublicNetConfig>,
    /// The VPC the function runs in.
    pub vpc_config: Option<VpcConfig>,
}

/// An environment variable (`environment_variables`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CloudFunctionEnvVar {
    /// The variable's name.
    pub key: String,
    /// The variable's value.
    pub value: String,
}

/// Public network access (`public_net_config`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PublicNetConfig {
    /// Whether the function reaches the public network (`ENABLE` or `DISABLE`).
    pub public_net_status: String,
    /// Whether the function has an elastic IP (`ENABLE` or `DISABLE`).
    pub eip_status: String,
}

/// A VPC (`vpc_config`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcConfig {
    /// The VPC's id.
    pub vpcid: String,
    /// The subnet's id.
    pub subnetid: String,
}
