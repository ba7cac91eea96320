//! `release`: `POST /wxa/release`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/release.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Releases the approved version (sends `{}`: an empty body gets 44002).
#[wx_endpoint(
    name = "release",
    path = "/wxa/release",
    perm_sets = [18],
    errors(
        use CommonError,
        40014 => InvalidAccessToken: "invalid access_token",
        85019 => NoVersionUnderAudit: "no version is under review",
        85020 => StatusNotAllowed: "the current status does not allow this",
        44002 => EmptyPostData: "empty POST body; send `{}`",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Release;
