//! `applyReturnPlugin`: `POST /cgi-bin/express/delivery/return/open_return`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/logistics-service/applyReturnPlugin.html>.
//! Note: the administrator must accept the logistics terms within 24 hours of the template message.
//! The error rows are from the newer page api_applyreturnplugin.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies for the logistics return component on the merchant's behalf (at most 500 calls a day).
#[wx_endpoint(
    name = "applyReturnPlugin",
    path = "/cgi-bin/express/delivery/return/open_return",
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
pub struct ApplyReturnPlugin;
