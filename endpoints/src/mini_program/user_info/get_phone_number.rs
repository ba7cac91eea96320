//! `getPhoneNumber`: `POST /wxa/business/getuserphonenumber`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/phonenumber/phonenumber.getPhoneNumber.html>.
//! Note: each code is used once and expires after 5 minutes. The page's table types `countryCode` as
//! a string, its sample answers a number: both are read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Exchanges a phone-number code from the `getPhoneNumber` button for the user's phone number.
#[wx_endpoint(
    name = "getPhoneNumber",
    path = "/wxa/business/getuserphonenumber",
    perm_sets = [18],
    response = PhoneNumberResult,
    errors(
        use CommonError,
        40013 => InvalidAppid: "the calling appid does not match the Mini Program that got the code",
        40029 => InvalidCode: "invalid code",
        45011 => RateLimited: "API minute quota reached: call less often and retry next minute",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPhoneNumber {
    /// The phone-number code the button's callback carried.
    #[wx(non_empty)]
    pub code: String,
}

/// The answer of `getPhoneNumber`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PhoneNumberResult {
    /// The user's phone number.
    pub phone_info: PhoneInfo,
}

/// A user's phone number (`phone_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PhoneInfo {
    /// The bound phone number (with the country code for numbers outside China).
    #[serde(rename = "phoneNumber")]
    pub phone_number: String,
    /// The phone number without the country code.
    #[serde(rename = "purePhoneNumber")]
    pub pure_phone_number: String,
    /// The country code; read from a string or a number.
    #[serde(rename = "countryCode", deserialize_with = "crate::wechat::lenient::text")]
    pub country_code: String,
    /// The data watermark.
    pub watermark: PhoneWatermark,
}

/// The watermark of a phone number (`watermark`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PhoneWatermark {
    /// Unix time the user shared the number.
    pub timestamp: i64,
    /// The Mini Program's AppID.
    pub appid: String,
}
