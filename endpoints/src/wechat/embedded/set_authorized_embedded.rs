//! `setAuthorizedEmbedded`: `POST /wxaapi/wxaembedded/set_authorize`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/embedded-management/setAuthorizedEmbedded.html>.

use super::EmbeddedFlag;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets how other Mini Programs' applications to open this one half-screen are handled.
#[wx_endpoint(
    name = "setAuthorizedEmbedded",
    path = "/wxaapi/wxaembedded/set_authorize",
    perm_sets = [18],
    errors(
        use CommonError,
        89417 => InvalidFlag: "invalid flag",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SetAuthorizedEmbedded {
    /// 0 an administrator confirms, 1 automatic approval, 2 automatic rejection.
    pub flag: EmbeddedFlag,
}
