//! `queryIcpCertificateTypes`: `GET /wxa/icp/query_icp_certificate_types`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpCertificateTypes.html>.
//! Unverified: the page is not in the stored corpus: fields from its sample (and `remark` as other projects transcribe
//! it); permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the certificate types a filing may name, with the subject type each belongs to.
#[wx_endpoint(
    name = "queryIcpCertificateTypes",
    path = "/wxa/icp/query_icp_certificate_types",
    method = GET,
    response = IcpCertificateTypes,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpCertificateTypes;

/// The certificate types returned by `queryIcpCertificateTypes`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpCertificateTypes {
    /// The certificate types.
    pub items: Vec<IcpCertificateType>,
}

/// A certificate type.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpCertificateType {
    /// The certificate type's id (`certificate_type` in a filing).
    #[serde(rename = "type")]
    pub certificate_type: u32,
    /// The subject type (from `queryIcpSubjectTypes`) the certificate belongs to.
    pub subject_type: u32,
    /// The certificate type's name.
    pub name: String,
    /// Remarks.
    pub remark: String,
}
