//! `createIotGroupId`: `POST /wxa/business/group/createid`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/createIotGroupId.html>.
//! Note: the newer server/API page says third-party platforms may not call it; only the Mini Program's own
//! access_token is accepted, hence `credential = app`.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a device group, so that a user can subscribe to several devices at once.
#[wx_endpoint(
    name = "createIotGroupId",
    path = "/wxa/business/group/createid",
    credential = app,
    response = IotGroupCreated,
    errors(
        use CommonError,
        43002 => RequirePost: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters; send them as a JSON body",
        9800003 => InvalidModelId: "model_id check failed",
        9800012 => InvalidGroupName: "group_name must be 1 to 32 bytes",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateIotGroupId {
    /// The device model's id; the group holds devices of this model's type only.
    pub model_id: String,
    /// The group's name, 1 to 32 bytes; fixed at creation.
    #[wx(non_empty, max_bytes = 32)]
    pub group_name: String,
}

/// The group created by `createIotGroupId`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IotGroupCreated {
    /// The group's id.
    pub group_id: String,
}
