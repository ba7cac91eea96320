//! Message history downloads (`/v4/open_msg_svc/...`). POST, at most 200 calls per second.

mod get_history;

pub use get_history::{ChatType, GetHistory, GetHistoryError, HistoryFile, HistoryFiles};
