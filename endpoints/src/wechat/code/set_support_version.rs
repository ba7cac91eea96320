//! `setSupportVersion`: `POST /cgi-bin/wxopen/setweappsupportversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/setSupportVersion.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets the minimum base-library version.
#[wx_endpoint(
    name = "setSupportVersion",
    path = "/cgi-bin/wxopen/setweappsupportversion",
    perm_sets = [18],
    errors(
        use CommonError,
        85015 => NotMiniProgram: "the account is not a Mini Program",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetSupportVersion {
    /// A released base-library version.
    #[wx(non_empty)]
    pub version: String,
}
