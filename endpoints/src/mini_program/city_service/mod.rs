//! City services: message channel, real-name checks and links to city-service pages.

mod check_real_name_info;
mod get_service_path;
mod send_msg_data;

pub use check_real_name_info::{
    CheckRealNameInfo, CheckRealNameInfoError, RealNameCheck, RealNameVerification,
};
pub use get_service_path::{CityServiceParam, CityServicePath, GetServicePath, GetServicePathError};
pub use send_msg_data::{CityServiceMessageSent, CityServiceMessageValue, SendMsgData, SendMsgDataError};
