//! `getLicenseDeviceInfo`: `POST /wxa/business/license/getdeviceinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/getLicenseDeviceInfo.html>.
//! Unverified: permission set 118 is assumed from the sibling license pages; this page's section was not read.
//! The page lists no own error codes.

use super::{IotDevice, IotGroupDevices};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads devices' license expiry times in a batch.
#[wx_endpoint(
    name = "getLicenseDeviceInfo",
    path = "/wxa/business/license/getdeviceinfo",
    perm_sets = [118],
    response = IotGroupDevices,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetLicenseDeviceInfo {
    /// The devices.
    pub device_list: Vec<IotDevice>,
}
