//! `cityservice_sendmsgdata`: `POST /cityservice/sendmsgdata`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/cityservice-results-page.html>.
//! Note: the interface name and permission sets are the newer page's (api_cityservice_sendmsgdata).
//! When the service is offered through a Mini Program, the openid is the Mini Program user's and the
//! token is that of the Official Account linked to the Mini Program that applied for the message
//! channel.
//! Unverified: the page's error table was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Sends a city-service message-channel message (service notice, result page, service record, card) to a user.
#[wx_endpoint(
    name = "cityservice_sendmsgdata",
    path = "/cityservice/sendmsgdata",
    perm_sets = [22, 105],
    response = CityServiceMessageSent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendMsgData {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The template id city services assigned to the Official Account.
    #[wx(non_empty)]
    pub biz_template_id: String,
    /// The result page's style id; required for a result page.
    pub result_page_style_id: Option<String>,
    /// The service record's style id; required for a service record.
    pub deal_msg_style_id: Option<String>,
    /// The card's style id; required for a card.
    pub card_style_id: Option<String>,
    /// The order number; service records of one order are merged.
    #[wx(non_empty)]
    pub order_no: String,
    /// The link of the service notice, result page and to-do reminder; required for a result page.
    pub url: Option<String>,
    /// The template's data, keyed by the template's field names (`color` applies to service notices only).
    pub data: BTreeMap<String, CityServiceMessageValue>,
}

/// One template field's value (`data`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityServiceMessageValue {
    /// The value.
    pub value: String,
    /// The color, e.g. `#173177` (service notices only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// The answer of `cityservice_sendmsgdata`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CityServiceMessageSent {
    /// The URL to jump to instead of the own result page; empty when no `result_page_style_id` was sent.
    pub result_page_url: String,
}
