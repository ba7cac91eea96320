//! `getKfWorkBound`: `POST /customservice/work/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-work/getKfWorkBound.html>.
//! Note: the fields are absent when unbound. The error table was read on the newer page
//! api_getkfworkbound.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads which WeChat Customer Service (WeCom) enterprise the Mini Program is bound to.
#[wx_endpoint(
    name = "getKfWorkBound",
    path = "/customservice/work/get",
    response = KfWorkBinding,
    idempotent,
    errors(
        use CommonError,
        10130030 => NoPermission: "the Mini Program has no permission: it must not be of a personal subject",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetKfWorkBound;

/// The binding, as `getKfWorkBound` returns it (empty when unbound).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfWorkBinding {
    /// The Mini Program's subject name.
    #[serde(rename = "entityName")]
    pub entity_name: Option<String>,
    /// The bound enterprise's corpid.
    pub corpid: Option<String>,
    /// Unix time of the binding, in seconds.
    #[serde(rename = "bindTime")]
    pub bind_time: Option<i64>,
}
