//! Customer service: accounts and avatars, sessions, chat records, customer-service messages and the typing state.

mod add_kf_account;
mod close_session;
mod create_kf_session;
mod del_kf_account;
mod get_kf_list;
mod get_kf_session;
mod get_kf_session_list;
mod get_msg_list;
mod get_online_kf_list;
mod get_wait_case;
mod invite_kf_worker;
mod typing;
mod update_kf_account;
mod upload_kf_head_img;

pub use add_kf_account::{AddKfAccount, AddKfAccountError};
pub use close_session::{CloseSession, CloseSessionError};
pub use create_kf_session::{CreateKfSession, CreateKfSessionError};
pub use del_kf_account::{DelKfAccount, DelKfAccountError};
pub use get_kf_list::{GetKfList, GetKfListError, InviteStatus, KfAccountInfo, KfList};
pub use get_kf_session::{GetKfSession, GetKfSessionError, KfSession};
pub use get_kf_session_list::{GetKfSessionList, GetKfSessionListError, KfSessionItem, KfSessionList};
pub use get_msg_list::{ChatOperCode, ChatRecord, ChatRecords, GetMsgList, GetMsgListError};
pub use get_online_kf_list::{GetOnlineKfList, GetOnlineKfListError, KfOnlineStatus, OnlineKf, OnlineKfList};
pub use get_wait_case::{GetWaitCase, GetWaitCaseError, WaitCase, WaitCases};
pub use invite_kf_worker::{InviteKfWorker, InviteKfWorkerError};
// Customer-service messages serve Mini Programs as well, and the release check: declared with the
// platform's own endpoints.
pub use crate::wechat::customer_service::{
    CustomArticle, CustomCard, CustomMedia, CustomMessageType, CustomMiniprogramPage, CustomMsgMenu,
    CustomMsgMenuItem, CustomMusic, CustomNews, CustomNewsArticle, CustomServiceAccount, CustomText,
    CustomVideo, SendCustomMessage, SendCustomMessageError,
};
pub use typing::{Typing, TypingCommand, TypingError};
pub use update_kf_account::{UpdateKfAccount, UpdateKfAccountError};
pub use upload_kf_head_img::{UploadKfHeadImg, UploadKfHeadImgError};
