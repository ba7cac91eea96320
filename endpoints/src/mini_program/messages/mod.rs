//! Messages: subscribe messages, unified service messages, updatable messages, service cards.

mod create_activity_id;
mod get_user_notify;
mod send_message;
mod set_updatable_msg;
mod set_user_notify;
mod set_user_notify_ext;
mod uniform_send;

pub use create_activity_id::{ActivityId, CreateActivityId, CreateActivityIdError};
pub use get_user_notify::{GetUserNotify, GetUserNotifyError, NotifyCodeState, NotifyInfo, UserNotify};
pub use send_message::{MessageLang, MiniprogramState, SendMessage, SendMessageError, SubscribeValue};
pub use set_updatable_msg::{
    SetUpdatableMsg, SetUpdatableMsgError, UpdatableMsgState, UpdatableParameter, UpdatableTemplateInfo,
};
pub use set_user_notify::{SetUserNotify, SetUserNotifyError};
pub use set_user_notify_ext::{SetUserNotifyExt, SetUserNotifyExtError};
pub use uniform_send::{
    MpMiniprogram, MpTemplateMsg, TemplateValue, UniformSend, UniformSendError, WeappTemplateMsg,
};
