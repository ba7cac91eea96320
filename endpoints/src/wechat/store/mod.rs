//! Store Mini Programs of Official Accounts.

mod modify_wxa_store;

pub use modify_wxa_store::{ModifyWxaStore, ModifyWxaStoreError};
