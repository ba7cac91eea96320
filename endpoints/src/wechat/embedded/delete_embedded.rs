//! `deleteEmbedded`: `POST /wxaapi/wxaembedded/del_embedded`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/embedded-management/deleteEmbedded.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes a Mini Program added with `addEmbedded` from the half-screen list.
#[wx_endpoint(
    name = "deleteEmbedded",
    path = "/wxaapi/wxaembedded/del_embedded",
    perm_sets = [18],
    errors(
        use CommonError,
        89408 => EmbeddedSystemError: "half-screen Mini Program system error",
        89415 => AppidMissing: "the appid of the half-screen Mini Program to delete is empty",
        89421 => NotFound: "nothing to delete was found",
        89422 => DeleteStateAbnormal: "the deletion is in an abnormal state",
        89431 => UnsupportedMiniProgramType: "this type of Mini Program is not supported",
        89432 => NotMiniProgram: "not a Mini Program",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteEmbedded {
    /// The AppID of the half-screen Mini Program to remove.
    pub appid: String,
}
