//! `getbusiness`: `POST /cgi-bin/business/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E6%8B%89%E5%8F%96%E5%8D%95%E4%B8%AA%E5%95%86%E6%88%B7%E4%BF%A1%E6%81%AF>.
//! Note: the section's facts were read on the newer page api_getbusiness (no third-party calls:
//! `credential = app`). Its table answers `icon_media_id`, its sample `icon_url`: both are typed.
//! Unverified: the interface name `getbusiness` (by its siblings' names; the page read shows none).

use super::BusinessInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads one customer-service sub-merchant, by `business_id` or `account_name`.
#[wx_endpoint(
    name = "getbusiness",
    path = "/cgi-bin/business/get",
    credential = app,
    response = Business,
    idempotent,
    errors(
        use CommonError,
        45071 => MerchantNotFound: "no merchant has this business_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetBusiness {
    /// The merchant's id; give this or `account_name`.
    pub business_id: Option<u64>,
    /// The merchant's account name; give this or `business_id`.
    pub account_name: Option<String>,
}

/// The answer of `getbusiness`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Business {
    /// The merchant.
    pub business_info: BusinessInfo,
}
