//! `queryIcpSubjectTypes`: `GET /wxa/icp/query_icp_subject_types`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpSubjectTypes.html>.
//! Unverified: the page is not in the stored corpus: fields from its sample (and `remark` as other projects transcribe
//! it); permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the subject natures (government, enterprise, individual, ...) a filing may name.
#[wx_endpoint(
    name = "queryIcpSubjectTypes",
    path = "/wxa/icp/query_icp_subject_types",
    method = GET,
    response = IcpSubjectTypes,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpSubjectTypes;

/// The subject natures returned by `queryIcpSubjectTypes`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpSubjectTypes {
    /// The subject natures.
    pub items: Vec<IcpSubjectType>,
}

/// A subject nature.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpSubjectType {
    /// The nature's id (`icp_subject.base_info.type` in a filing).
    #[serde(rename = "type")]
    pub subject_type: u32,
    /// The nature's name.
    pub name: String,
    /// Remarks.
    pub remark: String,
}
