//! `queryIcpNrlxTypes`: `GET /wxa/icp/query_icp_nrlx_types`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html>.
//! Unverified: the page is not in the stored corpus: fields from its sample; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the pre-approval item types a filing may name (including "none of the above").
#[wx_endpoint(
    name = "queryIcpNrlxTypes",
    path = "/wxa/icp/query_icp_nrlx_types",
    method = GET,
    response = IcpNrlxTypes,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpNrlxTypes;

/// The pre-approval item types returned by `queryIcpNrlxTypes`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpNrlxTypes {
    /// The pre-approval item types.
    pub items: Vec<IcpNrlxType>,
}

/// A pre-approval item type.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpNrlxType {
    /// The type's id (`nrlx_details[].type` in a filing).
    #[serde(rename = "type")]
    pub nrlx_type: u32,
    /// The type's name.
    pub name: String,
}
