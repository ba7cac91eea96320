//! Tencent Cloud IM REST API endpoints. Calls carry the administrator's UserSig; configure the app
//! with [`ClientBuilder::im`](crate::ClientBuilder::im).

pub mod official_account;

pub use wx_runtime::im::{usersig, ImRegion, UserSigError};
