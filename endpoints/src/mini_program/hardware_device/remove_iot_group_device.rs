//! `removeIotGroupDevice`: `POST /wxa/business/group/removedevice`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/removeIotGroupDevice.html>.
//! Note: the newer server/API page says third-party platforms may not call it; only the Mini Program's own
//! access_token is accepted, hence `credential = app`.

use super::{IotDevice, IotGroupDevices};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes devices from a device group.
#[wx_endpoint(
    name = "removeIotGroupDevice",
    path = "/wxa/business/group/removedevice",
    credential = app,
    response = IotGroupDevices,
    errors(
        use CommonError,
        43002 => RequirePost: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters; send them as a JSON body",
        9800013 => InvalidGroupId: "invalid group_id",
        9800017 => DeviceNotInGroup: "the device does not belong to the group",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RemoveIotGroupDevice {
    /// The group's id.
    pub group_id: String,
    /// The devices to remove.
    pub device_list: Vec<IotDevice>,
}
