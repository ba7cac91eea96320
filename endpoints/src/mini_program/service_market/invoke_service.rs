//! `invokeService`: `POST /wxa/servicemarket`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/service-market/serviceMarket.invokeService.html>.
//! Note: the interface name and perm sets 66-67 are the newer page's (api_invokeservice). Its table
//! types `data` as a string of the provider's JSON, while its sample sends a JSON object; the field
//! is free-form JSON and takes either. For an asynchronous API send `async: true` and fetch the result
//! with `retrieve` (`/wxa/servicemarketretrieve`).
//! Unverified: the page's error table was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Calls an API a provider lists on the WeChat service market.
#[wx_endpoint(
    name = "invokeService",
    path = "/wxa/servicemarket",
    perm_sets = [66, 67],
    response = ServiceResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct InvokeService {
    /// The service's id (shown on each API's detail page).
    #[wx(non_empty)]
    pub service: String,
    /// The API's name (shown on each API's detail page).
    #[wx(non_empty)]
    pub api: String,
    /// The input the provider's API defines: free-form JSON, sent as given (a JSON string or an object).
    pub data: serde_json::Value,
    /// A random id, unique per request.
    #[wx(non_empty)]
    pub client_msg_id: String,
    /// True for an asynchronous API.
    #[serde(rename = "async")]
    pub is_async: Option<bool>,
}

/// The provider's answer, as `invokeService` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceResult {
    /// The provider's answer (a JSON string).
    pub data: String,
    /// The request's id, for asynchronous calls only.
    pub request_id: Option<String>,
}
