//! `componentrebindadmin`: `POST /cgi-bin/account/componentrebindadmin`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/Register_Mini_Programs/fast_registration_of_mini_program.html>.
//! Note: the page names no interface; the name is the path's last segment. Called with the Mini Program's authorizer token after the
//! administrator change page (`https://mp.weixin.qq.com/wxopen/componentrebindadmin?appid=&component_appid=&redirect_uri=`) redirects back with `taskid`.
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Completes the change of a Mini Program's administrator started on the MP platform's page.
#[wx_endpoint(
    name = "componentrebindadmin",
    path = "/cgi-bin/account/componentrebindadmin",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ComponentRebindAdmin {
    /// The change task's id, carried back by the MP platform's page.
    pub taskid: String,
}
