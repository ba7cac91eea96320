//! `getFuntionList`: `POST /tcb/listfunctions`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getFuntionList.html>.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the cloud functions of an environment.
#[wx_endpoint(
    name = "getFuntionList",
    path = "/tcb/listfunctions",
    perm_sets = [49, 64],
    response = FunctionList,
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFuntionList {
    /// The environment's id.
    pub env: String,
    /// Functions to return.
    pub limit: u32,
    /// Functions to skip.
    pub offset: u32,
}

/// The functions returned by `getFuntionList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FunctionList {
    /// Total number of functions.
    pub total_count: u64,
    /// The functions.
    pub functions: Vec<FunctionInfo>,
}

/// A cloud function (`functions`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FunctionInfo {
    /// When it was last modified.
    pub mod_time: String,
    /// When it was created.
    pub add_time: String,
    /// Its runtime, e.g. `Nodejs8.9`.
    pub runtime: String,
    /// Its name.
    pub name: String,
    /// Its state, e.g. `Active`.
    pub status: String,
}
