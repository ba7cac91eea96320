//! `queryIcpServiceContentTypes`: `GET /wxa/icp/query_icp_service_content_types`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpServiceContentTypes.html>.
//! Unverified: the page is not in the stored corpus: fields from its sample; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the service content types a filing may name.
#[wx_endpoint(
    name = "queryIcpServiceContentTypes",
    path = "/wxa/icp/query_icp_service_content_types",
    method = GET,
    response = IcpServiceContentTypes,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpServiceContentTypes;

/// The service content types returned by `queryIcpServiceContentTypes`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpServiceContentTypes {
    /// The service content types.
    pub items: Vec<IcpServiceContentType>,
}

/// A service content type.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpServiceContentType {
    /// The type's id (a second-level id goes in `service_content_types` of a filing).
    #[serde(rename = "type")]
    pub content_type: u32,
    /// The id of its parent type.
    pub parent_type: u32,
    /// The type's name.
    pub name: String,
    /// Remarks.
    pub remark: String,
}
