//! `sendHardwareDeviceMessage`: `POST /cgi-bin/message/device/subscribe/send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/hardware-device/hardwareDevice.send.html>.
//! Note: the interface name is the one of the OpenApiDoc version of the page; the older page calls it
//! `hardwareDevice.send`. Permission set 118 is from the OpenApiDoc and server/API pages. Limit: 10 million calls a
//! day. The page types `data` as a string but says it is an object; it is sent as an object.
//! Unverified: a 2021 community thread reports the body field is `model_id`, not `modelId`; every version of the page
//! and the sample still say `modelId`, which is followed.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Sends a device subscription message to users who subscribed to the device.
#[wx_endpoint(
    name = "sendHardwareDeviceMessage",
    path = "/cgi-bin/message/device/subscribe/send",
    perm_sets = [118],
    errors(
        use CommonError,
        40037 => InvalidTemplateId: "invalid template_id",
        41030 => InvalidPage: "invalid page: it must exist in the released version and match app.json",
        43101 => UserRefused: "the user refused the message, or cancelled a former subscription",
        47003 => InvalidTemplateData: "template data invalid (empty or breaking the rules); errmsg names the field",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendHardwareDeviceMessage {
    /// The receiving users' openids.
    pub to_openid_list: Vec<String>,
    /// The device's serial number: at most 128 bytes of digits, letters, `_` and `-`.
    #[wx(non_empty, max_bytes = 128)]
    pub sn: String,
    /// The device model's id, from registering the device.
    #[serde(rename = "modelId")]
    pub model_id: String,
    /// The subscription template's id.
    pub template_id: String,
    /// The Mini Program page the card opens (query allowed, e.g. `index?foo=bar`); no jump when left out.
    pub page: Option<String>,
    /// Which version the card opens; the released version when left out.
    pub miniprogram_state: Option<MiniprogramState>,
    /// The language of the "open in Mini Program" text; `zh_CN` when left out.
    pub lang: Option<MessageLang>,
    /// The template's values: `{"key1": {"value": "..."}}`.
    pub data: BTreeMap<String, DeviceMessageValue>,
}

/// A template value (`data`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceMessageValue {
    /// The value (an enumerated value of the template's field).
    pub value: String,
}

crate::wire_enum! {
    /// Which Mini Program version a message opens (`miniprogram_state`).
    pub enum MiniprogramState: text {
        /// `developer`: the development version.
        Developer = "developer",
        /// `trial`: the trial version.
        Trial = "trial",
        /// `formal`: the released version.
        Formal = "formal",
    }
}

crate::wire_enum! {
    /// The language of a message's "open in Mini Program" text (`lang`).
    pub enum MessageLang: text {
        /// `zh_CN`: simplified Chinese.
        ZhCn = "zh_CN",
        /// `en_US`: English.
        EnUs = "en_US",
        /// `zh_HK`: traditional Chinese (Hong Kong).
        ZhHk = "zh_HK",
        /// `zh_TW`: traditional Chinese (Taiwan).
        ZhTw = "zh_TW",
    }
}
