//! `unbindPlugin`: `POST /wxa/plugin?action=unbind`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.unbindPlugin.html>.
//! Note: the action goes in the query and, as the sample shows, in the body. The error table was
//! read on the newer page api_manageplugin.
//! Unverified: perm sets (the pages read name none).

use super::UnbindAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes a plugin the Mini Program added.
#[wx_endpoint(
    name = "unbindPlugin",
    path = "/wxa/plugin",
    query = "action=unbind",
    errors(
        use CommonError,
        80067 => PluginNotFound: "the plugin cannot be found",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnbindPlugin {
    /// Always `unbind`.
    pub action: UnbindAction,
    /// The plugin's AppID.
    #[wx(non_empty)]
    pub plugin_appid: String,
}
