//! `release`: `POST /wxa/release`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/release.html>.

use crate::wx_endpoint;

/// Releases the approved version (sends `{}`: an empty body gets 44002).
#[wx_endpoint(
    name = "release",
    path = "/wxa/release",
    perm_sets = [18],
    errors(
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidCredential: "access_token invalid or not the latest; check the AppSecret or renew the token",
        40014 => InvalidAccessToken: "invalid access_token",
        85019 => NoVersionUnderAudit: "no version is under review",
        85020 => StatusNotAllowed: "the current status does not allow this",
        44002 => EmptyPostData: "empty POST body; send `{}`",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Release;
