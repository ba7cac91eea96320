//! `getPluginList`: `POST /wxa/plugin?action=list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.unbindPlugin.html>.
//! Note: the corpus gives the unbindPlugin page for this call; its own page is
//! pluginManager.getPluginList (name `getPluginList`). The action goes in the query and, as the sample
//! shows, in the body. The answer's and errors' tables were read on the newer page api_manageplugin.
//! Unverified: perm sets (the pages read name none).

use super::ListAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A plugin's status for the Mini Program (`status`).
    pub enum PluginStatus: code {
        /// 1: applying.
        Applying = 1,
        /// 2: approved.
        Approved = 2,
        /// 3: refused.
        Refused = 3,
        /// 4: the application timed out.
        Expired = 4,
    }
}

/// Lists the plugins the Mini Program applied for or uses.
#[wx_endpoint(
    name = "getPluginList",
    path = "/wxa/plugin",
    query = "action=list",
    response = PluginList,
    idempotent,
    errors(
        use CommonError,
        80067 => PluginNotFound: "the plugin cannot be found",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPluginList {
    /// Always `list`.
    pub action: ListAction,
}

/// The answer of `getPluginList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginList {
    /// The plugins applied for or in use.
    pub plugin_list: Vec<PluginInfo>,
}

/// A plugin of the Mini Program (`plugin_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginInfo {
    /// The plugin's AppID.
    pub appid: String,
    /// The plugin's status.
    pub status: Option<PluginStatus>,
    /// The plugin's name.
    pub nickname: String,
    /// The plugin's avatar URL.
    pub headimgurl: String,
}
