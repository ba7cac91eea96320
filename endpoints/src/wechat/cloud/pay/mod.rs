//! CloudBase WeChat Pay: bound merchant ids and merchant authorization.

mod get_wechat_pay_auth;
mod get_wechat_pay_list;

pub use get_wechat_pay_auth::{GetWechatPayAuth, GetWechatPayAuthError};
pub use get_wechat_pay_list::{GetWechatPayList, GetWechatPayListError, WechatPayList, WechatPayMerchant};
