//! `activeLicenseDevice`: `POST /wxa/business/license/activedevice`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/activeLicenseDevice.html>.
//! Note: since 2024-09-09 activation consumes no license and the call is no longer needed; it still answers a
//! nominal success per device. Permission set 118 is from the page.

use super::{IotGroupDevices, LicensePkgType};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Activates devices' licenses in a batch, consuming activation numbers of a resource package.
#[wx_endpoint(
    name = "activeLicenseDevice",
    path = "/wxa/business/license/activedevice",
    perm_sets = [118],
    response = IotGroupDevices,
    errors(
        use CommonError,
        9800020 => TooManyDevices: "too many devices",
        9800037 => ActiveNumberUsed: "the activation number was already used; pick another",
        9800038 => ValidityExceeded: "the device's validity would exceed the limit",
        9800039 => PackageExhausted: "the resource package's balance is insufficient",
        9800040 => PackageTypeMismatch: "the resource package type does not match the device type",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ActiveLicenseDevice {
    /// The package type to consume; all devices must be of this type.
    pub pkg_type: LicensePkgType,
    /// The devices to activate, at most 100.
    #[wx(non_empty, max_items = 100)]
    pub device_list: Vec<LicenseActivation>,
}

/// A device to activate (`device_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LicenseActivation {
    /// The device model's id.
    pub model_id: String,
    /// The device's serial number.
    pub sn: String,
    /// Any unused uint32: guards against activating twice on a repeated request.
    pub active_number: u32,
}
