//! `agreeDevPluginApply`: `POST /wxa/devplugin?action=dev_agree`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.setDevPluginApplyStatus.html>.
//! Note: called by a plugin. The page documents this as the `dev_agree` action of
//! `setDevPluginApplyStatus` (newer name `managePluginApplication`), one name for three calls; the
//! name is chosen here. The action goes in the query and, as the sample shows, in the body.
//! Unverified: perm sets and the error table (the newer page api_managepluginapplication lists only 40001).

use super::DevAgreeAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Accepts a Mini Program's application to use this plugin.
#[wx_endpoint(
    name = "agreeDevPluginApply",
    path = "/wxa/devplugin",
    query = "action=dev_agree",
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AgreeDevPluginApply {
    /// Always `dev_agree`.
    pub action: DevAgreeAction,
    /// The applying Mini Program's AppID.
    #[wx(non_empty)]
    pub appid: String,
}
