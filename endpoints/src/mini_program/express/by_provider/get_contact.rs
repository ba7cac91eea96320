//! `getContact`: `POST /cgi-bin/express/delivery/contact/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.getContact.html>.
//! Note: an express company's own call: the current page (express-by-provider/api_getcontact) takes
//! only the app's access_token. Codes 40199 and 9300507 are from the page's earlier version.
//! Note: the earlier page types sender and receiver as arrays; its sample and the current page send objects.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the sender's and receiver's contact details of a waybill (for the express company).
#[wx_endpoint(
    name = "getContact",
    path = "/cgi-bin/express/delivery/contact/get",
    credential = app,
    response = WaybillContacts,
    errors(
        use CommonError,
        40199 => WaybillNotFound: "wrong waybill id: no waybill was found",
        9300507 => InvalidToken: "the token is wrong",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetContact {
    /// The Token pushed in the merchant's order event.
    pub token: String,
    /// Waybill id.
    pub waybill_id: String,
}

/// The contacts returned by `getContact`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WaybillContacts {
    /// Waybill id.
    pub waybill_id: String,
    /// The sender.
    pub sender: WaybillContact,
    /// The receiver.
    pub receiver: WaybillContact,
}

/// A sender or receiver as `getContact` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WaybillContact {
    /// Address, with province, city and district merged in.
    pub address: String,
    /// The user's name.
    pub name: String,
    /// Landline.
    pub tel: String,
    /// Mobile number.
    pub mobile: String,
}
