//! `addDevice`: `POST /wxa/business/runtime/adddevice`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Miniprogram_Frame/api/backend/addDevice.html>.
//! Note: called with the access token of the mobile application (the Launcher app's AppID), after hardware registration.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Registers device ids of hardware that runs the Mini Program frame (WMPF).
#[wx_endpoint(
    name = "addDevice",
    path = "/wxa/business/runtime/adddevice",
    errors(
        use CommonError,
        48001 => ApiUnauthorized: "api unauthorized: check the product id, model name and token",
        50093 => HostAppidError: "hostappid error: call with the mobile application's token",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddDevice {
    /// The product id.
    pub product_id: u64,
    /// The device ids: SN codes, IMEIs or ids the developer derives from them.
    #[wx(non_empty)]
    pub device_id_list: Vec<String>,
    /// The model name registered on the WeChat terminal cooperation platform.
    pub model_name: String,
}
