//! `createCloudbaseMicrservice`: `POST /componenttcb/createcloudbaserunresauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseMicrservice.html>.
//! Unverified: the page is not in the stored copies: the interface name is the page URL's, the fields
//! follow the corpus sample and a third-party model of the page, and the errors are the family's table
//! (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088, from the sibling pages).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Turns on Cloud Run services (and grants their resource access) for an environment.
#[wx_endpoint(
    name = "createCloudbaseMicrservice",
    path = "/componenttcb/createcloudbaserunresauth",
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
pub struct CreateCloudbaseMicrservice {
    /// The environment's id.
    pub env_id: String,
}
