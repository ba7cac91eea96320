//! App configuration and operations (`/v4/ConfigSvc/...` and `/v4/openconfigsvr/...`): server IP
//! addresses, operations data and global mute. Every command: POST, at most 200 calls per second.

mod errors;
mod get_ip_list;
mod getappinfo;
mod getnospeaking;
mod setnospeaking;

pub use errors::NoSpeakingError;
pub use get_ip_list::{GetIpList, GetIpListError, IpList};
pub use getappinfo::{AppInfoDay, AppInfoDays, GetAppInfo, GetAppInfoError};
pub use getnospeaking::{GetNoSpeaking, GetNoSpeakingError, NoSpeaking};
pub use setnospeaking::{SetNoSpeaking, SetNoSpeakingError};
