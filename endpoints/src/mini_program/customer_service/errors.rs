//! The customer-service account codes the `kfaccount` pages list for each of their calls.
//!
//! Source: the error tables of the newer pages api_setkfadmin, api_cancelkfadmin and api_delkfaccount
//! (<https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-message/api_setkfadmin.html>).

use crate::error_table;

error_table! {
    /// The customer-service account codes shared by the `kfaccount` calls.
    pub KfAccountError {
        40003 => InvalidOpenid: "invalid openid",
        40005 => UnsupportedMediaType: "unsupported media type",
        40009 => InvalidMediaSize: "invalid media file size",
        65400 => NewCustomServiceDisabled: "the API is unavailable: the new customer service is not enabled or upgraded",
        65401 => InvalidKfAccount: "invalid customer-service account",
        65402 => KfAccountNotBound: "the customer-service account is not bound to a WeChat user and cannot be used",
        65403 => InvalidNickname: "invalid customer-service nickname",
        65404 => IllegalKfAccount: "illegal customer-service account",
        65405 => KfAccountLimit: "the number of accounts reached its limit",
        65406 => KfAccountExists: "the customer-service account already exists",
        65407 => AlreadyKf: "the invitee is already a customer-service agent of this Mini Program",
        65408 => InvitationPending: "this Mini Program already invited this WeChat user",
        65409 => InvalidWechatId: "invalid WeChat id",
        65410 => InviteeBindLimit: "the invitee is bound to too many Mini Program customer services",
        65411 => InvitationAwaitingConfirmation: "the account already has an invitation awaiting confirmation",
        65412 => AccountAlreadyBound: "the account is already bound to a WeChat user and cannot be invited",
        65413 => NoSession: "no session with this user",
        65414 => CustomerServedElsewhere: "another agent is serving the customer",
    }
}
