//! `getTemplateList`: `GET /wxa/gettemplatelist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/template-management/getTemplateList.html>.
//! Note: the page insists on GET; POST was accepted once and is no longer.
//! Unverified: the types of `audit_scene` (number assumed) and the `audit_status` values (0 not submitted, 1 reviewing, 2 rejected, 3 approved, 4 submitting, 5 submission failed) come from the Chinese page's text, not its English twin.

use super::{TemplateCategory, TemplateType};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the code templates in the platform's template library.
#[wx_endpoint(
    name = "getTemplateList",
    path = "/wxa/gettemplatelist",
    method = GET,
    credential = component,
    credential_param = access_token,
    response = TemplateList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTemplateList {
    /// 0 ordinary templates, 1 standard templates; all when left out.
    #[wx(one_of = [0, 1])]
    pub template_type: Option<u8>,
}

/// The template library, as `getTemplateList` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TemplateList {
    /// The templates.
    pub template_list: Vec<CodeTemplate>,
}

/// One code template.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodeTemplate {
    /// When the draft was uploaded (Unix seconds).
    pub create_time: i64,
    /// The version, as the developer named it.
    pub user_version: String,
    /// The description, as the developer wrote it.
    pub user_desc: String,
    /// The template's id, used by `commit` (a number; read from a string too).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub template_id: u64,
    /// The id of the draft it was made from.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub draft_id: u64,
    /// The AppID of the development Mini Program.
    pub source_miniprogram_appid: String,
    /// The name of the development Mini Program.
    pub source_miniprogram: String,
    /// 0 an ordinary template, 1 a standard template.
    pub template_type: Option<TemplateType>,
    /// Categories of a standard template; empty for an ordinary one.
    pub category_list: Vec<TemplateCategory>,
    /// A standard template's scene tag; not sent for ordinary templates.
    pub audit_scene: i64,
    /// A standard template's review status; not sent for ordinary templates.
    pub audit_status: Option<TemplateAuditStatus>,
    /// Why a standard template was rejected; not sent for ordinary templates.
    pub reason: String,
}

crate::wire_enum! {
    /// A standard template's review status (`audit_status`).
    pub enum TemplateAuditStatus: code {
        /// 0: not submitted for review.
        NotSubmitted = 0,
        /// 1: under review.
        Reviewing = 1,
        /// 2: rejected.
        Rejected = 2,
        /// 3: approved.
        Approved = 3,
        /// 4: being submitted.
        Submitting = 4,
        /// 5: submission failed.
        SubmitFailed = 5,
    }
}
