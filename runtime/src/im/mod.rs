//! Tencent IM specifics: UserSig generation and verification, regional domains, message elements.

pub mod msg;
mod region;
pub mod usersig;

pub use region::ImRegion;
pub use usersig::UserSigError;
