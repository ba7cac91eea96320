//! Account management (`/v4/im_open_login_svc/...`): import, check, delete accounts and invalidate
//! login states. Every command: POST, 200 calls per second unless its page says otherwise.

mod account_check;
mod account_delete;
mod account_import;
mod kick;
mod multiaccount_import;
mod types;

pub use account_check::{
    AccountCheck, AccountCheckError, AccountCheckItem, AccountCheckResult, AccountStatus,
};
pub use account_delete::{AccountDelete, AccountDeleteError, AccountDeleteItem, AccountDeleteResult};
pub use account_import::{AccountImport, AccountImportError};
pub use kick::{Kick, KickError};
pub use multiaccount_import::{
    ImportAccount, MultiaccountImport, MultiaccountImportError, MultiaccountImportResult,
};
pub use types::AccountId;
