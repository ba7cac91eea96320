//! `getTicket`: `GET /cgi-bin/ticket/getticket`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html#54>.
//! Note: name, fields and error table (-1 and 40001 only) from the newer page doc/subscription/api/webdev/js/api_getticket.html.
//! Unverified: the credential: that page lists access_token and authorizer_access_token yet says third-party platforms
//! cannot call it; the default (the authorizer's token, or the account's own through the bare client) is kept.
//! Note: the ticket signs JS-SDK configurations: `sensitive`, and cache it (calls are heavily limited).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Reads the JS-SDK `jsapi_ticket` (or the card `api_ticket`), valid 7200 seconds.
#[wx_endpoint(
    name = "getTicket",
    path = "/cgi-bin/ticket/getticket",
    method = GET,
    response = JsTicket,
    sensitive,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetTicket {
    /// `jsapi` for the JS-SDK, `wx_card` for cards.
    #[serde(rename = "type")]
    pub ticket_type: TicketType,
}

crate::wire_enum! {
    /// Which ticket `getTicket` reads (`type`).
    pub enum TicketType: text {
        /// `jsapi`: the JS-SDK ticket.
        Jsapi = "jsapi",
        /// `wx_card`: the card ticket.
        WxCard = "wx_card",
    }
}

/// The ticket returned by `getTicket`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct JsTicket {
    /// The ticket.
    pub ticket: Secret,
    /// Seconds until the ticket expires.
    pub expires_in: u64,
}
