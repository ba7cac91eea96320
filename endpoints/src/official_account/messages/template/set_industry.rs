//! `setIndustry`: `POST /cgi-bin/template/api_set_industry`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#0>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/template/api_setindustry>, which prints the industry
//! code table (1 IT/internet and e-commerce, 2 IT software and services, ...).
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets the account's two template-message industries (once a month; templates of the old industries are deleted).
#[wx_endpoint(
    name = "setIndustry",
    path = "/cgi-bin/template/api_set_industry",
    perm_sets = [7, 100..=101],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetIndustry {
    /// The primary industry's code.
    #[wx(non_empty)]
    pub industry_id1: String,
    /// The secondary industry's code.
    #[wx(non_empty)]
    pub industry_id2: String,
}
