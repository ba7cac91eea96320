//! `wedata_login`: `POST /wedata/wedata_login`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/wedata_login.html>.
//! Note: set the user's permissions (`weDataSetUserPerm`) and the recheck URL (`weDataSetLoginConfig`) first; the answer
//! reports through `base_resp` (no errcode; the runtime reads a failure there as the error), and the link fails with 100024 when opened from another IP or user agent.
//! Unverified: error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets a We Analysis login link for a user of the platform's PC system.
#[wx_endpoint(
    name = "wedata_login",
    path = "/wedata/wedata_login",
    perm_sets = [18],
    sensitive,
    response = WeDataLoginLink,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WedataLogin {
    /// The user's session in the platform's system (checked through the recheck URL).
    pub user_session: String,
    /// The user's id in the platform's system: a mobile number, email, employee id, ...
    pub uid: String,
    /// The user's public IP.
    pub client_ip: String,
    /// The user's user agent.
    pub user_agent: String,
}

/// The login link returned by `wedata_login`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataLoginLink {
    /// The We Analysis login link.
    pub redirect_url: String,
    /// Unix time (seconds) the link expires.
    pub expire_at: i64,
}
