//! `applyQueryPlugin`: `POST /cgi-bin/express/delivery/open_msg/open_query_plugin`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/logistics-service/applyQueryPlugin.html>.
//! Note: the administrator must accept the logistics terms within 24 hours of the template message.
//! Unverified: this page's error table was not read; the rows are those of applyMsgPlugin and
//! applyReturnPlugin, which share the flow.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies for the logistics query component on the merchant's behalf (at most 500 calls a day).
#[wx_endpoint(
    name = "applyQueryPlugin",
    path = "/cgi-bin/express/delivery/open_msg/open_query_plugin",
    perm_sets = [45],
    errors(
        use CommonError,
        933000 => CategoryNotOpen: "the Mini Program's category is not open to this feature",
        933001 => SeriousViolation: "the Mini Program had a serious violation in the last 90 days",
        933002 => NoRecentPayment: "the Mini Program had no payment in the last 90 days",
        933003 => AlreadyOpened: "the feature is already open",
        933004 => NotThirdParty: "not called by a third-party platform",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ApplyQueryPlugin;
