//! `updatebusiness`: `POST /cgi-bin/business/update`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E6%9B%B4%E6%96%B0%E5%95%86%E6%88%B7%E4%BF%A1%E6%81%AF>.
//! Note: the section's facts were read on the newer page api_updatebusiness (interface name
//! `updatebusiness`; no third-party calls: `credential = app`). An empty nickname or icon leaves it
//! unchanged. Its table types `business_id` as a string; its sample sends a number, as typed here.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Updates a customer-service sub-merchant's nickname or avatar.
#[wx_endpoint(
    name = "updatebusiness",
    path = "/cgi-bin/business/update",
    credential = app,
    errors(
        use CommonError,
        40004 => IconNotImage: "icon_media_id is not an image",
        40007 => InvalidIconMediaId: "icon_media_id is not a valid media_id",
        45071 => MerchantNotFound: "no merchant has this business_id",
        45077 => MerchantLimit: "the number of sub-merchants reached its limit",
        45078 => InvalidNickname: "the nickname breaks the nickname rules",
        45079 => NicknameViolation: "the nickname contains prohibited words",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UpdateBusiness {
    /// The merchant's id, from `registerbusiness`.
    pub business_id: u64,
    /// The new nickname, 4-30 characters (a Chinese character counts 2); empty leaves it unchanged.
    pub nickname: Option<String>,
    /// The new avatar's media_id; empty leaves it unchanged.
    pub icon_media_id: Option<String>,
}
