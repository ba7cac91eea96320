//! `modifyBetaMiniprogramNickName`: `POST /wxa/setbetaweappnickname`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-regist-beta/modifyBetaMiniprogramNickName.html>.
//! Note: trial Mini Programs only; after verification use `setNickName` (the trial suffix is not removed automatically).
//! Note: the name must be 4-30 characters as WeChat counts them; only the upper bound is checked here.
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Renames a trial (beta) Mini Program.
#[wx_endpoint(
    name = "modifyBetaMiniprogramNickName",
    path = "/wxa/setbetaweappnickname",
    perm_sets = [81],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyBetaMiniprogramNickName {
    /// The new name; brand keywords are refused.
    #[wx(chars = ..=30)]
    pub name: String,
}
