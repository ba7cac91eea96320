//! `checkMobileConfig`: `POST /tcb/checkmobile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/admin-management/checkMobileConfig.html>.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reports whether the Mini Program has a phone number bound, optionally asking the administrator for one by
/// template message.
#[wx_endpoint(
    name = "checkMobileConfig",
    path = "/tcb/checkmobile",
    perm_sets = [49, 64],
    response = MobileConfig,
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
pub struct CheckMobileConfig {
    /// When no phone number is bound, push the administrator a template message asking for one.
    pub push_tmpl: Option<bool>,
}

/// Whether a phone number is bound, as `checkMobileConfig` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MobileConfig {
    /// Whether the Mini Program has a phone number bound.
    pub has_mobile: bool,
}
