//! `openShoppingOrderProductPermission`: `POST /user-order/orders-permission/open`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/shopping-orders/openShoppingOrderProductPermission.html>.
//! Note: the merchant must first authorize the platform and sign the shopping-order agreement;
//! merchants opening it themselves do so on the MP platform.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Opens the shopping-order product permission on the merchant's behalf.
#[wx_endpoint(
    name = "openShoppingOrderProductPermission",
    path = "/user-order/orders-permission/open",
    perm_sets = [120, 121],
    errors(
        use CommonError,
        268486612 => StateForbidsOpening: "the permission's current state does not allow opening it: check whether it is already confirmed or connected",
        268486640 => AgreementNotSigned: "the permission cannot be opened before the agreement is read and confirmed",
        268485215 => NotInOpenScope: "the appid is not in the open scope: apply as the shopping-order document describes",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct OpenShoppingOrderProductPermission;
