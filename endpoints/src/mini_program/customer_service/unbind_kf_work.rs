//! `unbindKfWork`: `POST /customservice/work/unbind`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-work/unbindKfWork.html>.
//! Note: the error table was read on the newer page api_unbindkfwork.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Unbinds the Mini Program from its WeChat Customer Service (WeCom) enterprise.
#[wx_endpoint(
    name = "unbindKfWork",
    path = "/customservice/work/unbind",
    errors(
        use CommonError,
        10130002 => InvalidParams: "invalid parameters",
        10130600 => InvalidCorpid: "invalid corpid",
        10130601 => IllegalCorpid: "invalid corpid (10130601)",
        10130602 => SubjectMismatch: "the corpid's enterprise name differs from the Mini Program's subject",
        10130604 => NotBound: "not bound: nothing to unbind",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnbindKfWork {
    /// The bound WeCom enterprise's corpid.
    #[wx(non_empty)]
    pub corpid: String,
}
