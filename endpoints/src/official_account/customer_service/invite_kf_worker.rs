//! `invitekfworker`: `POST /customservice/kfaccount/inviteworker`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Customer_Service_Management.html#3>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_invitekfworker>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Invites a WeChat user to bind a customer-service account.
#[wx_endpoint(
    name = "invitekfworker",
    path = "/customservice/kfaccount/inviteworker",
    perm_sets = [1, 6, 19, 100..=101],
    errors(
        use CommonError,
        65407 => AlreadyWorker: "the WeChat user is already a customer-service worker of this account",
        65408 => AlreadyInvited: "the WeChat user was already invited",
        65409 => InvalidWechatAccount: "invalid WeChat ID",
        65410 => WorkerBindingLimit: "the worker is bound to too many customer-service accounts",
        65411 => InvitationPending: "an invitation to bind this customer-service account is awaiting confirmation",
        65412 => KfAccountAlreadyBound: "the customer-service account is already bound to a WeChat user",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct InviteKfWorker {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The WeChat ID of the worker who receives the invitation.
    #[wx(non_empty)]
    pub invite_wx: String,
}
