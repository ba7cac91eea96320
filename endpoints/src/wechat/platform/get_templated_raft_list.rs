//! `getTemplatedRaftList`: `GET /wxa/gettemplatedraftlist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/template-management/getTemplatedRaftList.html>.
//! Note: drafts are uploaded from the platform's development Mini Programs with the WeChat DevTools; each keeps only its latest upload.
//! Unverified: `source_miniprogram_appid`, `source_miniprogram`, `developer` and `category_list` are on the current Chinese page only (not on its English twin).

use super::TemplateCategory;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the drafts in the platform's draft box.
#[wx_endpoint(
    name = "getTemplatedRaftList",
    path = "/wxa/gettemplatedraftlist",
    method = GET,
    credential = component,
    credential_param = access_token,
    response = DraftList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTemplatedRaftList;

/// The draft box, as `getTemplatedRaftList` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftList {
    /// The drafts.
    pub draft_list: Vec<Draft>,
}

/// One draft.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// When the developer uploaded the draft (Unix seconds).
    pub create_time: i64,
    /// The version, as the developer named it.
    pub user_version: String,
    /// The description, as the developer wrote it.
    pub user_desc: String,
    /// The draft's id (a number; read from a string too).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub draft_id: u64,
    /// The AppID of the development Mini Program that uploaded it.
    pub source_miniprogram_appid: String,
    /// The name of the development Mini Program that uploaded it.
    pub source_miniprogram: String,
    /// The WeChat nickname of the uploader.
    pub developer: String,
    /// Categories of a standard template; empty otherwise.
    pub category_list: Vec<TemplateCategory>,
}
