//! `cityserviceservicehomepath`: `POST /cityservice/getservicepath`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/InterconnectionCapabilities/API/API.html>.
//! Note: the interface name, permission sets and field table are the newer page's
//! (api_cityserviceservicehomepath).
//! Unverified: `card_type` is in the corpus sample (health-code page) but in neither page table read;
//! typed from the sample. The page's error table was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Gets the path of a city-service page (home, health code, topic, service list, service home page) to jump to.
#[wx_endpoint(
    name = "cityserviceservicehomepath",
    path = "/cityservice/getservicepath",
    perm_sets = [22, 105],
    response = CityServicePath,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetServicePath {
    /// The page: 0 service home page, 1 city-service home, 2 health code, 3 topic page, 5 service list.
    #[wx(one_of = [0, 1, 2, 3, 5])]
    pub page_type: u8,
    /// Where the jump comes from: 0 Official Account, 1 Mini Program, 2 SMS, 3 other (the older page: WeCom).
    pub src_channel: u8,
    /// 1 to get an H5 URL (not for OpenSDK).
    pub need_path_type: Option<u8>,
    /// 2 to get an H5 URL (not for OpenSDK).
    pub device_type: Option<u8>,
    /// The city (prefecture-level); required when `page_type` is 1, 3 or 5.
    pub city_name: Option<String>,
    /// The health-code card type (in the corpus sample, e.g. 10001).
    pub card_type: Option<i64>,
    /// Extra parameters such as the keyword; required when `page_type` is 5.
    pub ext_params: Option<Vec<CityServiceParam>>,
    /// The topic page's name; required when `page_type` is 3.
    pub content_name: Option<String>,
    /// The service's id; required when `page_type` is 0.
    pub service_id: Option<u64>,
    /// Pass-through parameters as a JSON array of `{"key", "value"}` strings (at most 10, unique keys); required when `page_type` is 0.
    pub params: Option<String>,
    /// The user's city id (Tencent's coding); may be sent when `page_type` is 0.
    pub city_id: Option<String>,
}

/// An extra parameter (`ext_params`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityServiceParam {
    /// The key, e.g. `keyword`.
    pub key: String,
    /// The value, e.g. the service list's name.
    pub value: String,
}

/// The page to jump to, as `cityserviceservicehomepath` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CityServicePath {
    /// The city-service Mini Program's AppID.
    pub app_id: String,
    /// The city-service Mini Program's original id.
    pub username: String,
    /// The page's path.
    pub path: String,
    /// The path's query string.
    pub query_string: String,
    /// The business type.
    pub business_type: String,
}
