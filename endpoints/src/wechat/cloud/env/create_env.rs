//! `createEnv`: `POST /tcb/createenvandresource`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/env-management/createEnv.html>.
//! Note: the page says it replaces an older create-environment call; it also works as the cloud call
//! openapi.tcb.createenvandresource.
//! Unverified: `env` (request) and `status` (response) are not on the page; the reference samples carry them
//! instead of `type` and `envid`.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a pay-as-you-go cloud environment for the Mini Program.
#[wx_endpoint(
    name = "createEnv",
    path = "/tcb/createenvandresource",
    perm_sets = [49, 64],
    response = CreatedEnv,
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
pub struct CreateEnv {
    /// The package to create; the page allows only `CreatePostpayPackage`.
    #[serde(rename = "type")]
    pub env_type: CreateEnvType,
    /// The environment's alias.
    pub alias: String,
    /// Not on the page; the reference sample sends an environment id here.
    pub env: Option<String>,
}

crate::wire_enum! {
    /// `type` of `createEnv`.
    pub enum CreateEnvType: text {
        /// A pay-as-you-go package.
        PostpayPackage = "CreatePostpayPackage",
    }
}

/// The environment created by `createEnv`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CreatedEnv {
    /// The new environment's id.
    pub envid: String,
    /// Not on the page; the reference sample returns the environment's state (`INITIALIZING`).
    pub status: String,
}
