//! Official accounts (`/v4/official_account_open_http_svc/...`); needs the Ultimate or Enterprise
//! edition (131000 otherwise). IDs start with `@TOA#_`.

mod modify_base_info;

pub use modify_base_info::{ModifyOfficialAccountBaseInfo, ModifyOfficialAccountBaseInfoError};
