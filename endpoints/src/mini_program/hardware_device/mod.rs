//! Mini Program hardware devices: device messages and tickets, device groups, device licenses.

mod active_license_device;
mod add_iot_group_device;
mod create_iot_group_id;
mod device;
mod get_iot_group_info;
mod get_license_device_info;
mod get_license_pkg_list;
mod get_sn_ticket;
mod remove_iot_group_device;
mod send_hardware_device_message;

pub use active_license_device::{ActiveLicenseDevice, ActiveLicenseDeviceError, LicenseActivation};
pub use add_iot_group_device::{AddIotGroupDevice, AddIotGroupDeviceError, IotGroupDevices};
pub use create_iot_group_id::{CreateIotGroupId, CreateIotGroupIdError, IotGroupCreated};
pub use device::{IotDevice, IotDeviceResult, LicensePkgType};
pub use get_iot_group_info::{GetIotGroupInfo, GetIotGroupInfoError, IotGroupInfo};
pub use get_license_device_info::{GetLicenseDeviceInfo, GetLicenseDeviceInfoError};
pub use get_license_pkg_list::{
    GetLicensePkgList, GetLicensePkgListError, LicensePkg, LicensePkgList, LicensePkgStatus,
};
pub use get_sn_ticket::{GetSnTicket, GetSnTicketError, SnTicket};
pub use remove_iot_group_device::{RemoveIotGroupDevice, RemoveIotGroupDeviceError};
pub use send_hardware_device_message::{
    DeviceMessageValue, MessageLang, MiniprogramState, SendHardwareDeviceMessage,
    SendHardwareDeviceMessageError,
};
