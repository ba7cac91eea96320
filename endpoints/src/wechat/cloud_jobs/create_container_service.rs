//! `createcontainerservice`: `POST /componenttcb/createcontainerservice`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/createcontainerservice.html>.
//! Note: the page gives no English interface name; the name is the path's last segment.
//! Note: the page's sample sends `create_type: 3`, a value its table does not list (kept as `Unknown(3)`).
//! Unverified: which fields are required (the stored page copy drops that column).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates a container (Cloud Run) service in an environment.
#[wx_endpoint(
    name = "createcontainerservice",
    path = "/componenttcb/createcontainerservice",
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CreateContainerService {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// A remark.
    pub remark: Option<String>,
    /// The service's network.
    pub vpc: Option<ServiceVpc>,
}

/// The network of a new service (`vpc`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceVpc {
    /// The VPC's id.
    pub vpcid: String,
    /// The subnets' ids.
    pub subnetids: Vec<String>,
    /// How the VPC is chosen.
    pub create_type: VpcCreateType,
}

crate::wire_enum! {
    /// How a new service's VPC is chosen (`create_type`).
    pub enum VpcCreateType: code {
        /// 0: inherit the environment's.
        Inherit = 0,
        /// 1: create a new one.
        New = 1,
        /// 2: use the given one.
        Specified = 2,
    }
}
