//! CloudBase environments: create, list and share.

mod create_env;
mod get_env_info;
mod share_env;

pub use create_env::{CreateEnv, CreateEnvError, CreateEnvType, CreatedEnv};
pub use get_env_info::{EnvInfo, EnvInfoList, GetEnvInfo, GetEnvInfoError};
pub use share_env::{ShareEnv, ShareEnvError};
