//! `setCloudAccessToken`: `POST /tcb/usecloudaccesstoken`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/admin-management/setCloudAccessToken.html>.
//! Note: the page allows component_access_token for batch CloudBase management; on behalf of one authorized
//! Mini Program it uses authorizer_access_token (the default here).
//! Unverified: which fields `get` needs; the en page marks every field required, the zh page requires open,
//! api_whitelist and version only for `set`.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads or sets whether cloudbase_access_token may be used, and which open APIs it may call, for one environment.
#[wx_endpoint(
    name = "setCloudAccessToken",
    path = "/tcb/usecloudaccesstoken",
    perm_sets = [49, 64],
    response = CloudAccessTokenConfig,
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
pub struct SetCloudAccessToken {
    /// `get` reads the configuration, `set` changes it.
    pub action: CloudAccessTokenAction,
    /// Global switch: true allows cloudbase_access_token, false forbids it; required for `set`.
    pub open: Option<bool>,
    /// The open APIs cloudbase_access_token may call (`/*` for all); required for `set`.
    pub api_whitelist: Option<Vec<String>>,
    /// The environment the whitelist belongs to.
    pub env: String,
    /// The configuration's version number; required for `set`.
    pub version: Option<u64>,
}

crate::wire_enum! {
    /// `action` of `setCloudAccessToken`.
    pub enum CloudAccessTokenAction: text {
        /// Read the configuration.
        Get = "get",
        /// Change the configuration.
        Set = "set",
    }
}

/// The cloudbase_access_token configuration returned by `setCloudAccessToken` (for `get`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudAccessTokenConfig {
    /// Whether cloudbase_access_token may be used.
    pub open: bool,
    /// The open APIs cloudbase_access_token may call.
    pub api_whitelist: Vec<String>,
    /// The configuration's version number.
    pub version: u64,
}
