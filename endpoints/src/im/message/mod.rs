//! One-to-one messages and related commands (`/v4/openim/...`): send, import, read, recall, modify,
//! delete and mark one-to-one messages, modify group messages and query online states. Every command:
//! POST, at most 200 calls per second.

mod admin_getroammsg;
mod admin_msgwithdraw;
mod admin_set_msg_read;
mod batchsendmsg;
mod c2c_msg_read_receipt;
mod delete_c2c_msg_ramble;
mod errors;
mod get_c2c_unread_msg_num;
mod importmsg;
mod modify_c2c_msg;
mod modify_group_msg;
mod query_online_status;
mod sendmsg;
mod types;

pub use admin_getroammsg::{AdminGetRoamMsg, AdminGetRoamMsgError, RoamMsg, RoamMsgPage};
pub use admin_msgwithdraw::{AdminMsgWithdraw, AdminMsgWithdrawError};
pub use admin_set_msg_read::{AdminSetMsgRead, AdminSetMsgReadError};
pub use batchsendmsg::{BatchSendMsg, BatchSendMsgError, BatchSentMsg};
pub use c2c_msg_read_receipt::{C2cMsgReadReceipt, C2cMsgReadReceiptError, C2cMsgRef};
pub use delete_c2c_msg_ramble::{DeleteC2cMsgRamble, DeleteC2cMsgRambleError, DeletedC2cMsgs};
pub use errors::OpenimError;
pub use get_c2c_unread_msg_num::{
    C2cUnreadCount, C2cUnreadCounts, C2cUnreadError, GetC2cUnreadMsgNum, GetC2cUnreadMsgNumError,
};
pub use importmsg::{ImportMsg, ImportMsgError};
pub use modify_c2c_msg::{ModifyC2cMsg, ModifyC2cMsgError};
pub use modify_group_msg::{ModifyGroupMsg, ModifyGroupMsgError};
pub use query_online_status::{
    OnlineState, OnlineStatuses, PlatformState, QueryOnlineStatus, QueryOnlineStatusError, UserOnlineState,
};
pub use sendmsg::{SendMsg, SendMsgError, SentMsg};
pub use types::{AccountError, CallbackControl, SendMsgControl};
