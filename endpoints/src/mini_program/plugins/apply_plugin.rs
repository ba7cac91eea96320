//! `applyPlugin`: `POST /wxa/plugin?action=apply`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.applyPlugin.html>.
//! Note: the action goes in the query and, as the sample shows, in the body. The error table was
//! read on the newer page api_manageplugin.
//! Unverified: perm sets (the pages read name none).

use super::ApplyAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies to use a plugin.
#[wx_endpoint(
    name = "applyPlugin",
    path = "/wxa/plugin",
    query = "action=apply",
    errors(
        use CommonError,
        80067 => PluginNotFound: "the plugin cannot be found",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ApplyPlugin {
    /// Always `apply`.
    pub action: ApplyAction,
    /// The plugin's AppID.
    #[wx(non_empty)]
    pub plugin_appid: String,
    /// The reason for applying.
    pub reason: Option<String>,
}
