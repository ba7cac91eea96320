//! `cityservice_sendchannelmsg`: `POST /cityservice/sendchannelmsg`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/medicalassistant.html>.
//! Note: for hospitals that opened the medical assistant (城市服务 → 就医助手). Name and permission sets
//! 22, 105, 113 and 134 from the newer page (doc/service/en/api/medicalassistant/api_cityservice_sendchannelmsg.html).
//! Note: `business_info` is typed `string` in that page's table with an object as its example, and the sample
//! sends an object: it is sent as a JSON object here, whose fields depend on `status`.
//! Unverified: the answer's fields and the error table (the stored copies end before them).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Pushes a medical assistant message (registration, visit or inpatient progress) to a user's service notifications.
#[wx_endpoint(
    name = "cityservice_sendchannelmsg",
    path = "/cityservice/sendchannelmsg",
    perm_sets = [22, 105, 113, 134],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CityserviceSendchannelmsg {
    /// The message's sub-status, e.g. 1501001 (appointment registered).
    pub status: u64,
    /// The user's OpenID (for the service account or its Mini Program).
    #[wx(non_empty)]
    pub open_id: String,
    /// The business's own order id; the messages of one visit share it.
    #[wx(non_empty)]
    pub order_id: String,
    /// The message's id, unique for the user within the order.
    #[wx(non_empty)]
    pub msg_id: String,
    /// The service account's AppID.
    #[wx(non_empty)]
    pub app_id: String,
    /// The business id; the page fixes it at 150.
    pub business_id: u64,
    /// The business fields, free-form JSON whose fields depend on `status` (e.g. `pat_name`, `doc_name`).
    pub business_info: Option<serde_json::Map<String, serde_json::Value>>,
}
