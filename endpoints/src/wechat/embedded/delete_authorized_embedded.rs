//! `deleteAuthorizedEmbedded`: `POST /wxaapi/wxaembedded/del_authorize`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/embedded-management/deleteAuthorizedEmbedded.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Withdraws another Mini Program's permission to open this one half-screen (see `getOwnList`).
#[wx_endpoint(
    name = "deleteAuthorizedEmbedded",
    path = "/wxaapi/wxaembedded/del_authorize",
    perm_sets = [18],
    errors(
        use CommonError,
        89416 => AppidMissing: "the appid whose authorization is cancelled is empty",
        89431 => UnsupportedMiniProgramType: "this type of Mini Program is not supported",
        89432 => NotMiniProgram: "not a Mini Program",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteAuthorizedEmbedded {
    /// The AppID of the Mini Program whose permission is withdrawn.
    pub appid: String,
}
