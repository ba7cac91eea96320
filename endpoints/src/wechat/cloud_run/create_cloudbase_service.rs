//! `createCloudbaseService`: `POST /componenttcb/establishcloudbaserunserver`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseService.html>.
//! Note: the English page's sample spells the key `" service_name"` (leading space) and its table
//! `image_Repo`; both are typos of `service_name` and `image_repo`.
//! Unverified: the stored page copies end at error 40014; the rest of the table (40097, 40101, 41001,
//! 42001, 43002, 44002, 47001, 85088) is the family's.

use super::EsInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates a Cloud Run service in an environment.
#[wx_endpoint(
    name = "createCloudbaseService",
    path = "/componenttcb/establishcloudbaserunserver",
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
pub struct CreateCloudbaseService {
    /// The environment's id.
    pub env_id: String,
    /// The service's name.
    pub service_name: String,
    /// Whether the service is reachable from the internet.
    pub is_public: bool,
    /// The image repository.
    pub image_repo: Option<String>,
    /// The service's description.
    pub remark: Option<String>,
    /// The Elasticsearch log sink.
    pub es_info: Option<EsInfo>,
    /// Where logs go.
    pub log_type: Option<ServiceLogType>,
    /// The service's network.
    pub vpc_info: Option<ServiceVpcInfo>,
    /// Public access: 0 or 1.
    #[wx(one_of = [0, 1])]
    pub public_access: Option<u8>,
}

crate::wire_enum! {
    /// Where a service's logs go (`log_type`).
    pub enum ServiceLogType: text {
        /// Elasticsearch (`es_info`).
        Es = "es",
        /// Tencent Cloud Log Service.
        Cls = "cls",
    }
}

/// The network of a new service (`vpc_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceVpcInfo {
    /// The VPC's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The subnets' ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    /// How the VPC is chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_type: Option<u32>,
}
