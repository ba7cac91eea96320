//! `deleteDevPluginApply`: `POST /wxa/devplugin?action=dev_delete`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.setDevPluginApplyStatus.html>.
//! Note: called by a plugin. The page documents this as the `dev_delete` action of
//! `setDevPluginApplyStatus`, one name for three calls; the name is chosen here. The action goes in
//! the query and, as the sample shows, in the body.
//! Unverified: perm sets and the error table (the newer page api_managepluginapplication lists only 40001).

use super::DevDeleteAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes the refused applicants of this plugin.
#[wx_endpoint(
    name = "deleteDevPluginApply",
    path = "/wxa/devplugin",
    query = "action=dev_delete",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteDevPluginApply {
    /// Always `dev_delete`.
    pub action: DevDeleteAction,
}
