//! `bindLocalAccount`: `POST /cgi-bin/express/local/business/shop/add`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.bindAccount.html>.
//! Note: the earlier page names it `bindAccount`, as the logistics assistant's
//! `/cgi-bin/express/business/account/bind` is named; the current page lives at
//! deliver-by-business/api_bindlocalaccount, whose name this follows.
//! Note: only a third-party platform may call it; the administrator then binds on the delivery company's site.
//! Unverified: the interface name; the earlier request line's `access_token=COMPNENT_ACCESS_TOKEN` (the current
//! page takes access_token or authorizer_access_token); perm sets 51 and 71, read on this family's other pages.
//! Codes 86000 and 930561 are from the earlier page.

use super::DeliveryResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks an authorized Mini Program's administrator to bind a delivery company account.
#[wx_endpoint(
    name = "bindLocalAccount",
    path = "/cgi-bin/express/local/business/shop/add",
    perm_sets = [51, 71],
    response = DeliveryResult,
    errors(
        use CommonError,
        86000 => NotThirdPartyCall: "not called by a third-party platform",
        930561 => InvalidDeliveryId: "invalid delivery_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct BindLocalAccount {
    /// Delivery company id.
    pub delivery_id: String,
}
