//! `weDataSetLoginConfig`: `POST /wedata/wedata_set_login_config`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataSetLoginConfig.html>.
//! Note: the PC login needs the recheck URL; the Mini Program login needs the linked Mini Programs (the platform's own, at most 5).
//! Unverified: error table not captured (the stored copies are cut off before it).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets the platform's We Analysis login configuration: the recheck URL or the linked Mini Programs.
#[wx_endpoint(
    name = "weDataSetLoginConfig",
    path = "/wedata/wedata_set_login_config",
    credential = component,
    credential_param = access_token,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataSetLoginConfig {
    /// 1 sets `recheck_url`, 2 sets `associate_appid`.
    #[wx(one_of = [1, 2])]
    pub set_type: u8,
    /// The recheck URL (with `set_type` 1); empty deletes it.
    pub recheck_url: Option<String>,
    /// The linked Mini Programs' AppIDs (with `set_type` 2), at most 5; empty deletes them.
    #[wx(max_items = 5)]
    pub associate_appid: Option<Vec<String>>,
}
