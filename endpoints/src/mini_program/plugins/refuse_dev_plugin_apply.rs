//! `refuseDevPluginApply`: `POST /wxa/devplugin?action=dev_refuse`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.setDevPluginApplyStatus.html>.
//! Note: called by a plugin. The page documents this as the `dev_refuse` action of
//! `setDevPluginApplyStatus`, one name for three calls; the name is chosen here. The action goes in
//! the query and, as the sample shows, in the body; the sample names no appid.
//! Unverified: perm sets and the error table (the newer page api_managepluginapplication lists only 40001).

use super::DevRefuseAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Refuses the applications to use this plugin, with a reason.
#[wx_endpoint(
    name = "refuseDevPluginApply",
    path = "/wxa/devplugin",
    query = "action=dev_refuse",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RefuseDevPluginApply {
    /// Always `dev_refuse`.
    pub action: DevRefuseAction,
    /// The reason for refusing.
    #[wx(non_empty)]
    pub reason: String,
}
