//! Device identifiers and per-device results shared by the device group and license calls.

use serde::{Deserialize, Serialize};

/// A device, named by its model and serial number (`device_list` of a request).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IotDevice {
    /// The device model's id, from registering the device on the WeChat platform.
    pub model_id: String,
    /// The device's serial number, assigned by the manufacturer.
    pub sn: String,
}

/// A device in an answer (`device_list` of a response), with its result where the call gives one.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IotDeviceResult {
    /// The device model's id.
    pub model_id: String,
    /// The device's serial number.
    pub sn: String,
    /// The device's own result code, 0 on success (adding, removing, activating).
    pub errcode: i64,
    /// When the device's license expires (Unix seconds; license calls).
    pub expire_time: i64,
}

crate::wire_enum! {
    /// A license resource package type (`pkg_type`).
    pub enum LicensePkgType: code {
        /// 0: trial package.
        Trial = 0,
        /// 1: class A devices.
        ClassA = 1,
        /// 2: class B devices.
        ClassB = 2,
        /// 3: class C devices.
        ClassC = 3,
        /// 4: class D devices.
        ClassD = 4,
        /// 5: class E devices.
        ClassE = 5,
    }
}
