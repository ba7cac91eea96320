//! `updatePath`: `POST /cgi-bin/express/delivery/path/update`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.updatePath.html>.
//! Note: an express company's own call: the current page (express-by-provider/api_updatepath) takes
//! only the app's access_token. Codes 40199 and 9300507 are from the page's earlier version.

use super::super::types::PathActionType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a node to a waybill's trace (for the express company).
#[wx_endpoint(
    name = "updatePath",
    path = "/cgi-bin/express/delivery/path/update",
    credential = app,
    errors(
        use CommonError,
        40199 => WaybillNotFound: "wrong waybill id: no waybill was found",
        9300507 => InvalidToken: "the token is wrong",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UpdatePath {
    /// The Token pushed in the merchant's order event.
    pub token: String,
    /// Waybill id.
    pub waybill_id: String,
    /// Unix time of the trace change.
    pub action_time: i64,
    /// The trace change's kind.
    pub action_type: PathActionType,
    /// The change's details, shown on the trace page (an 11-digit mobile number written plainly), UTF-8.
    pub action_msg: String,
}
