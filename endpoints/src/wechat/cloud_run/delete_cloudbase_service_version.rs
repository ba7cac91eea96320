//! `deleteCloudbaseServiceVersion`: `POST /componenttcb/deletecloudbaserunserverversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/deleteCloudbaseServiceVersion.html>.
//! Unverified: the stored page copy ends at error 40101; the rest of the table (41001, 42001, 43002,
//! 44002, 47001, 85088) is the family's.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a version of a Cloud Run service (and, with the last version, the service).
#[wx_endpoint(
    name = "deleteCloudbaseServiceVersion",
    path = "/componenttcb/deletecloudbaserunserverversion",
    credential = component,
    credential_param = access_token,
    response = ServiceVersionDeleted,
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
pub struct DeleteCloudbaseServiceVersion {
    /// The environment's id.
    pub env_id: String,
    /// The service's name.
    pub server_name: String,
    /// The version's name.
    pub version_name: String,
    /// Also delete the service; takes effect only when this is its last version.
    pub is_delete_server: Option<bool>,
    /// Also delete the image; takes effect only when the service is deleted.
    pub is_delete_image: Option<bool>,
}

/// The outcome of `deleteCloudbaseServiceVersion`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServiceVersionDeleted {
    /// The result: `succ` on success.
    pub result: String,
}
