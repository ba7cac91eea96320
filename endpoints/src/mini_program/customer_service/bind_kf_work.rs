//! `bindKfWork`: `POST /customservice/work/bind`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-work/bindKfWork.html>.
//! Note: for Mini Programs of non-personal subjects; the enterprise must have the Mini Program's
//! subject name. The error table was read on the newer page api_bindkfwork.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Binds the Mini Program to a WeChat Customer Service (WeCom) enterprise, by its corpid.
#[wx_endpoint(
    name = "bindKfWork",
    path = "/customservice/work/bind",
    errors(
        use CommonError,
        10130002 => InvalidParams: "invalid parameters",
        10130030 => NoPermission: "the Mini Program has no permission: it must not be of a personal subject",
        10130600 => InvalidCorpid: "invalid corpid",
        10130601 => IllegalCorpid: "invalid corpid (10130601)",
        10130602 => SubjectMismatch: "the corpid's enterprise name differs from the Mini Program's subject",
        10130603 => AlreadyBound: "already bound: unbind first",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BindKfWork {
    /// The WeCom enterprise's corpid.
    #[wx(non_empty)]
    pub corpid: String,
}
