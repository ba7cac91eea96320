//! `getPrinter`: `GET /cgi-bin/express/business/printer/getall`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getPrinter.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the waybill printers (needed only for the WeChat waybill-printing PC software).
#[wx_endpoint(
    name = "getPrinter",
    path = "/cgi-bin/express/business/printer/getall",
    method = GET,
    perm_sets = [45, 71],
    response = Printers,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPrinter;

/// The printers returned by `getPrinter`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Printers {
    /// Number of printers.
    pub count: i64,
    /// The printers' openids.
    pub openid: Vec<String>,
    /// The tag ids printers may print for.
    pub tagid_list: Vec<String>,
}
