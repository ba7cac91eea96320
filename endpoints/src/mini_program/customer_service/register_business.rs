//! `registerbusiness`: `POST /cgi-bin/business/register`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E5%88%9B%E5%BB%BA%E5%95%86%E6%88%B7>.
//! Note: the section's facts were read on the newer page api_registerbusiness (interface name
//! `registerbusiness`), which says third-party platforms may not call it (`credential = app`) and
//! opens it to e-commerce-platform Mini Programs only. Its table types `business_id` as a string,
//! its sample answers a number: both are read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a customer-service sub-merchant, with its own conversation in the customer-service component.
#[wx_endpoint(
    name = "registerbusiness",
    path = "/cgi-bin/business/register",
    credential = app,
    response = RegisteredBusiness,
    errors(
        use CommonError,
        40004 => IconNotImage: "icon_media_id is not an image",
        40007 => InvalidIconMediaId: "icon_media_id is not a valid media_id",
        45070 => AccountNameTaken: "a merchant was already created with this account_name",
        45077 => MerchantLimit: "the number of sub-merchants reached its limit",
        45078 => InvalidNickname: "the nickname breaks the nickname rules",
        45079 => NicknameViolation: "the nickname contains prohibited words",
        45091 => InvalidAccountName: "the account_name breaks the account_name rules",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RegisterBusiness {
    /// The merchant's account name, 6-30 letters, digits or underscores, case-sensitive; usable once.
    #[wx(chars = 6..=30)]
    pub account_name: String,
    /// The nickname shown in conversations: 4-30 characters (a Chinese character counts 2).
    #[wx(non_empty)]
    pub nickname: String,
    /// The avatar: an image's media_id from the temporary-media upload.
    pub icon_media_id: String,
    /// Whether messages are forwarded to the general customer service (then the kf APIs take `business_id`).
    pub transfer_to_commkf: Option<bool>,
}

/// The answer of `registerbusiness`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RegisteredBusiness {
    /// The new merchant's id; read from a number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub business_id: u64,
}
