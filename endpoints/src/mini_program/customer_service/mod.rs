//! Customer service: sub-merchants (`business`), their messages and typing state, agent
//! administration, and the WeChat Customer Service (WeCom) binding.

mod bind_kf_work;
mod business_send;
mod business_typing;
mod cancel_kf_admin;
mod delete_kf_account;
mod errors;
mod get_business;
mod get_kf_work_bound;
mod list_business;
mod register_business;
mod set_kf_admin;
mod unbind_kf_work;
mod update_business;

pub use bind_kf_work::{BindKfWork, BindKfWorkError};
pub use business_send::{
    BusinessSend, BusinessSendError, KfImage, KfLink, KfMiniprogramPage, KfMsgType, KfText,
};
pub use business_typing::{BusinessTyping, BusinessTypingError, TypingCommand};
pub use cancel_kf_admin::{CancelKfAdmin, CancelKfAdminError};
pub use delete_kf_account::{DeleteKfAccount, DeleteKfAccountError};
pub use errors::KfAccountError;
pub use get_business::{Business, GetBusiness, GetBusinessError};
pub use get_kf_work_bound::{GetKfWorkBound, GetKfWorkBoundError, KfWorkBinding};
pub use list_business::{BusinessInfo, BusinessList, ListBusiness, ListBusinessError};
pub use register_business::{RegisterBusiness, RegisterBusinessError, RegisteredBusiness};
pub use set_kf_admin::{SetKfAdmin, SetKfAdminError};
pub use unbind_kf_work::{UnbindKfWork, UnbindKfWorkError};
pub use update_business::{UpdateBusiness, UpdateBusinessError};
