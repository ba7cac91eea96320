//! `retrieve`: `POST /wxa/servicemarketretrieve`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/service_market/buyer_guideline/API/retrieve.html>.
//! Note: the token is the Official Account's or Mini Program's own, or the authorizer token when a platform calls on its behalf.
//! Note: the page's request example repeats `invokeService`'s body; its parameter table has `request_id` only.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Fetches the result of an asynchronous service market call (`invokeService` with `async: true`).
#[wx_endpoint(
    name = "retrieve",
    path = "/wxa/servicemarketretrieve",
    response = RetrievedResult,
    idempotent,
    errors(
        use CommonError,
        9301001 => InvalidParameter: "invalid parameter",
        9301002 => ServiceCallFailed: "calling the backend service failed",
        9301003 => InternalException: "internal exception",
        9301010 => QuotaInsufficient: "consumption failed: the quota is insufficient",
        9301011 => RateLimited: "frequency limit reached",
        9301012 => ServiceTimeout: "the service timed out",
        9301014 => InvalidRequestId: "the request_id is invalid",
        9301015 => NotProcessedYet: "the backend has not processed the request yet; retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Retrieve {
    /// The `request_id` `invokeService` returned.
    pub request_id: String,
}

/// The asynchronous call's result, as `retrieve` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RetrievedResult {
    /// The service's answer, a JSON string defined by the service provider.
    pub data: String,
    /// The call's unique id.
    pub request_id: String,
}
