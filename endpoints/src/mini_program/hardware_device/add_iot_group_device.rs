//! `addIotGroupDevice`: `POST /wxa/business/group/adddevice`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/addIotGroupDevice.html>.
//! Note: the newer server/API page says third-party platforms may not call it; only the Mini Program's own
//! access_token is accepted, hence `credential = app`. `force_add` and 9800044 come from the newer page.

use super::{IotDevice, IotDeviceResult};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds devices to a device group.
#[wx_endpoint(
    name = "addIotGroupDevice",
    path = "/wxa/business/group/adddevice",
    credential = app,
    response = IotGroupDevices,
    errors(
        use CommonError,
        43002 => RequirePost: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters; send them as a JSON body",
        9800013 => InvalidGroupId: "invalid group_id",
        9800014 => DeviceTypeMismatch: "the device's type does not match the group's; check the model id",
        9800015 => DeviceAlreadyInGroup: "the device is already in the group",
        9800016 => GroupFull: "the group has reached its device limit",
        9800018 => DeviceInOtherGroup: "the device already belongs to another group",
        9800044 => GroupCapacityMaxed: "the group's capacity is already at its maximum",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddIotGroupDevice {
    /// The group's id.
    pub group_id: String,
    /// The devices to add.
    pub device_list: Vec<IotDevice>,
    /// When true, devices already in another group are moved to this one; use with care.
    pub force_add: Option<bool>,
}

/// The per-device results of `addIotGroupDevice` and `removeIotGroupDevice`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IotGroupDevices {
    /// One result per device.
    pub device_list: Vec<IotDeviceResult>,
}
