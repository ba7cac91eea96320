//! `getIotGroupInfo`: `POST /wxa/business/group/getinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/getIotGroupInfo.html>.
//! Note: the newer server/API page says third-party platforms may not call it; only the Mini Program's own
//! access_token is accepted, hence `credential = app`.

use super::IotDeviceResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a device group: its name, model and devices.
#[wx_endpoint(
    name = "getIotGroupInfo",
    path = "/wxa/business/group/getinfo",
    credential = app,
    response = IotGroupInfo,
    errors(
        use CommonError,
        43002 => RequirePost: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters; send them as a JSON body",
        9800013 => InvalidGroupId: "invalid group_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetIotGroupInfo {
    /// The group's id.
    pub group_id: String,
}

/// The group returned by `getIotGroupInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IotGroupInfo {
    /// The group's name.
    pub group_name: String,
    /// The devices in the group.
    pub device_list: Vec<IotDeviceResult>,
    /// The device model's id.
    pub model_id: String,
    /// The device type, e.g. an access control machine.
    pub model_type: String,
}
