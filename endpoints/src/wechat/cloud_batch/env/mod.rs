//! CloudBase environments: creating, listing, converting and sharing them with Mini Programs.

mod change_tcb_env;
mod create_tcb_env;
mod get_share_cloudbase_env;
mod get_tcb_env_list;
mod share_cloudbase_env;

pub use change_tcb_env::{ChangeTcbEnv, ChangeTcbEnvError};
pub use create_tcb_env::{CreateTcbEnv, CreateTcbEnvError, TcbEnvCreated};
pub use get_share_cloudbase_env::{
    GetShareCloudbaseEnv, GetShareCloudbaseEnvError, SharedEnvQueryFailure, SharedEnvRelation, SharedEnvs,
};
pub use get_tcb_env_list::{GetTcbEnvList, GetTcbEnvListError, TcbEnvInfo, TcbEnvList};
pub use share_cloudbase_env::{
    EnvShare, EnvShareConfirmation, EnvShareFailure, EnvShared, ShareCloudbaseEnv, ShareCloudbaseEnvError,
};
