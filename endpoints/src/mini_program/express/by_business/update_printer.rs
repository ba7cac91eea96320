//! `updatePrinter`: `POST /cgi-bin/express/business/printer/update`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.updatePrinter.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Whether a printer is bound or unbound (`update_type`).
    pub enum PrinterUpdateType: text {
        /// `bind`: bind the printer.
        Bind = "bind",
        /// `unbind`: unbind the printer.
        Unbind = "unbind",
    }
}

/// Binds or unbinds a waybill printer (who need not be a project member).
#[wx_endpoint(
    name = "updatePrinter",
    path = "/cgi-bin/express/business/printer/update",
    perm_sets = [45, 71],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UpdatePrinter {
    /// The printer's openid.
    pub openid: String,
    /// Bind or unbind.
    pub update_type: PrinterUpdateType,
    /// For platform Mini Programs: at most 10 tag ids the printer may print for, comma-separated without spaces (`123,456`).
    pub tagid_list: Option<String>,
}
