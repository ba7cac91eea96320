//! `delcontainerservice`: `POST /componenttcb/delcontainerservice`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/delcontainerservice.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples and a
//! third-party model of the page; errors are the family's table (from the sibling page
//! `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a container service from an environment.
#[wx_endpoint(
    name = "delcontainerservice",
    path = "/componenttcb/delcontainerservice",
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
pub struct DelContainerService {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
}
