//! `getPluginDevApplyList`: `POST /wxa/devplugin?action=dev_apply_list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/plugin-management/pluginManager.getPluginDevApplyList.html>.
//! Note: called by a plugin. The action goes in the query and, as the sample shows, in the body.
//! The answer's table was read on the newer page api_managepluginapplication.
//! Unverified: perm sets and the error table (the newer page lists only 40001).

use super::DevApplyListAction;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Programs that applied to use this plugin, a page at a time.
#[wx_endpoint(
    name = "getPluginDevApplyList",
    path = "/wxa/devplugin",
    query = "action=dev_apply_list",
    response = PluginApplyList,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPluginDevApplyList {
    /// Always `dev_apply_list`.
    pub action: DevApplyListAction,
    /// The page to read, from 1.
    pub page: u32,
    /// Applicants per page.
    pub num: u32,
}

/// The answer of `getPluginDevApplyList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginApplyList {
    /// The applicants.
    pub apply_list: Vec<PluginApplicant>,
}

/// A Mini Program that applied to use the plugin (`apply_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginApplicant {
    /// The applicant's AppID.
    pub appid: String,
    /// The application's status.
    pub status: i64,
    /// The applicant's name.
    pub nickname: String,
    /// The applicant's avatar URL.
    pub headimgurl: String,
    /// The applicant's reason.
    pub reason: String,
    /// The applicant's Mini Program code.
    pub apply_url: String,
    /// When the applicant applied (a Unix time, printed as a string).
    pub create_time: String,
    /// The applicant's categories.
    pub categories: Vec<PluginApplicantCategory>,
}

/// An applicant's category (`categories`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PluginApplicantCategory {
    /// The first-level category's name.
    pub first: String,
    /// The second-level category's name.
    pub second: String,
}
