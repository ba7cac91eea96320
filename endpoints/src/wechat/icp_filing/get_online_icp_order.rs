//! `getOnlineIcpOrder`: `GET /wxa/icp/get_online_icp_order`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/getOnlineIcpOrder.html>.
//! Note: images and videos are not returned; the subject's information is masked.
//! Unverified: the newer page (openApi/miniprogram-management/record/api_getonlineicporder.html) types `icp_applets`
//! as an array of objects; this page and its sample give one object, which the SDK reads. Error table not captured.

use super::{IcpApplets, IcpSubject};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the Mini Program's filed ICP details (masked, without images and videos).
#[wx_endpoint(
    name = "getOnlineIcpOrder",
    path = "/wxa/icp/get_online_icp_order",
    method = GET,
    perm_sets = [18, 156],
    response = IcpOnlineOrder,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetOnlineIcpOrder;

/// The filed details returned by `getOnlineIcpOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpOnlineOrder {
    /// The filing subject, masked.
    pub icp_subject: IcpSubject,
    /// The filed Mini Program.
    pub icp_applets: IcpApplets,
}
