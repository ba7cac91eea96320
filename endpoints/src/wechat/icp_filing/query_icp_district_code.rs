//! `queryIcpDistrictCode`: `GET /wxa/icp/query_icp_district_code`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpDistrictCode.html>.
//! Unverified: the page is not in the stored corpus: fields from its sample, the level values as other projects
//! transcribe it; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the provinces, cities and districts with the codes a filing uses.
#[wx_endpoint(
    name = "queryIcpDistrictCode",
    path = "/wxa/icp/query_icp_district_code",
    method = GET,
    response = IcpDistricts,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryIcpDistrictCode;

/// The regions returned by `queryIcpDistrictCode`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpDistricts {
    /// The provinces, each with its cities and districts.
    pub items: Vec<IcpDistrict>,
}

/// A province, city or district.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpDistrict {
    /// Whether it is a province, a city or a district.
    #[serde(rename = "type")]
    pub level: Option<IcpDistrictLevel>,
    /// The region's code (`province`, `city` or `district` in a filing, as text).
    pub code: u64,
    /// The region's name.
    pub name: String,
    /// The regions below it.
    pub sub_list: Vec<IcpDistrict>,
}

crate::wire_enum! {
    /// The level of a region (`type`).
    pub enum IcpDistrictLevel: code {
        /// 1: a province.
        Province = 1,
        /// 2: a city.
        City = 2,
        /// 3: a district.
        District = 3,
    }
}
