//! `setCallBackConfig`: `POST /tcb/setcallbackconfig`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/msg-push/setCallBackConfig.html>.
//! Unverified: the en page marks container_config required yet says an unset part is left unchanged; both
//! parts are optional here.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use super::{ContainerCallBackConfig, FunctionCallBackConfig};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets where the Mini Program's message pushes go: cloud functions or a cloud-hosted container.
#[wx_endpoint(
    name = "setCallBackConfig",
    path = "/tcb/setcallbackconfig",
    perm_sets = [49, 64],
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
pub struct SetCallBackConfig {
    /// Pushes handled by cloud functions; unchanged when unset.
    pub function_config: Option<FunctionCallBackConfig>,
    /// Pushes forwarded to a cloud-hosted container; unchanged when unset.
    pub container_config: Option<ContainerCallBackConfig>,
}
