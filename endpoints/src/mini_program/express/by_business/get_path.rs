//! `getPath`: `POST /cgi-bin/express/business/path/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getPath.html>.
//! Note: the page's table lists openid, delivery_id and waybill_id; its sample also sends order_id.

use super::super::types::PathActionType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a waybill's trace.
#[wx_endpoint(
    name = "getPath",
    path = "/cgi-bin/express/business/path/get",
    perm_sets = [45, 71],
    response = WaybillPath,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetPath {
    /// Order id (the page's sample sends it; its table does not list it).
    pub order_id: Option<String>,
    /// The user's openid; not needed when the order's `add_source` was 2.
    pub openid: Option<String>,
    /// Express company id, from `getAllDelivery`.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: String,
}

/// A waybill's trace returned by `getPath`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WaybillPath {
    /// The user's openid.
    pub openid: String,
    /// Express company id.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: String,
    /// Number of trace nodes.
    pub path_item_num: i64,
    /// The trace nodes.
    pub path_item_list: Vec<PathItem>,
}

/// One trace node (`path_item_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PathItem {
    /// Unix time of the node.
    pub action_time: i64,
    /// The node's kind.
    pub action_type: Option<PathActionType>,
    /// The node's details.
    pub action_msg: String,
}
