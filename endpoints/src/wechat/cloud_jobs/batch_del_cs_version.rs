//! `batchdelcsversion`: `POST /componenttcb/batchdelcsversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchDelCSVersion.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples, and a failed
//! item's `errmsg` a third-party model of the page (the samples' `fail_list` is empty); errors are the
//! family's table (from the sibling page `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Deletes container-service versions across environments.
#[wx_endpoint(
    name = "batchdelcsversion",
    path = "/componenttcb/batchdelcsversion",
    credential = component,
    credential_param = access_token,
    response = BatchDeletedCsVersions,
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
pub struct BatchDelCsVersion {
    /// The versions to delete.
    #[wx(non_empty)]
    pub items: Vec<CsVersionRef>,
}

/// A version of a service in an environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsVersionRef {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// The version's name.
    pub version_name: String,
}

/// Which versions `batchdelcsversion` deleted and which it could not.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BatchDeletedCsVersions {
    /// The deleted versions.
    pub succ_list: Vec<DeletedCsVersion>,
    /// The versions that could not be deleted.
    pub fail_list: Vec<CsVersionDeleteFailure>,
}

/// A deleted version.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DeletedCsVersion {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// The version's name.
    pub version_name: String,
}

/// A version that could not be deleted.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CsVersionDeleteFailure {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// The version's name.
    pub version_name: String,
    /// Why it failed.
    pub errmsg: String,
}
