//! `revertGrayRelease`: `GET /wxa/revertgrayrelease`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/revertGrayRelease.html>.
//! Unverified: perm set 18 assumed.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Cancels the gradual release.
#[wx_endpoint(
    name = "revertGrayRelease",
    path = "/wxa/revertgrayrelease",
    method = GET,
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RevertGrayRelease;
