//! Official accounts (`/v4/official_account_open_http_svc/...`); needs the Ultimate or Enterprise
//! edition (131000 otherwise). IDs start with `@TOA#_`. Every command: POST, at most 200 calls per
//! second (the client's IM rate limiter keeps to it).

mod add_subscriber;
mod create;
mod delete_subscriber;
mod destroy;
mod errors;
mod get_info;
mod get_msgs;
mod get_subscribed;
mod get_subscribers;
mod modify_base_info;
mod modify_subscriber;
mod paging;
mod recall_msg;
mod send_msg;
mod types;

pub use add_subscriber::{AddSubscriber, AddSubscriberError};
pub use create::{CreateOfficialAccount, CreateOfficialAccountError, CreatedAccount};
pub use delete_subscriber::{DeleteSubscriber, DeleteSubscriberError};
pub use destroy::{DestroyOfficialAccount, DestroyOfficialAccountError};
pub use errors::OfficialAccountError;
pub use get_info::{AccountInfoList, GetOfficialAccountInfo, GetOfficialAccountInfoError};
pub use get_msgs::{AccountMsg, GetOfficialAccountMsgs, GetOfficialAccountMsgsError, MsgHistory};
pub use get_subscribed::{
    GetSubscribedOfficialAccountList, GetSubscribedOfficialAccountListError, SubscribedAccounts,
};
pub use get_subscribers::{GetSubscriberInfo, GetSubscriberInfoError, Subscriber, SubscriberPage};
pub use modify_base_info::{ModifyOfficialAccountBaseInfo, ModifyOfficialAccountBaseInfoError};
pub use modify_subscriber::{ModifySubscriberInfo, ModifySubscriberInfoError};
pub use paging::subscribers;
pub use recall_msg::{RecallOfficialAccountMsg, RecallOfficialAccountMsgError, RecallResult, RecallResults};
pub use send_msg::{SendOfficialAccountMsg, SendOfficialAccountMsgError, SentMsg};
pub use types::{
    AccountId, AccountInfo, MsgFlag, ResponseFilter, SubscriberId, SubscriberOutcome, SubscriberOutcomes,
    SubscriberResult,
};
