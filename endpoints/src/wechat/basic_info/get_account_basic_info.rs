//! `getAccountBasicInfo`: `POST /cgi-bin/account/getaccountbasicinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getAccountBasicInfo.html>.
//! Unverified: perm sets: OpenApiDoc page says 3,30,61; newer zh page openApi/miniprogram-management/basic-info-management/api_getaccountbasicinfo.html says 3,30; official community answer: '61权限集忽略即可'.
//! Unverified: method: new docs say POST; old 2019 doc, WxJava and SKIT use GET (both believed accepted, unverified).
//! Unverified: per-endpoint error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the account's basic information: type, subject, verification, name, avatar and introduction quotas.
#[wx_endpoint(
    name = "getAccountBasicInfo",
    path = "/cgi-bin/account/getaccountbasicinfo",
    perm_sets = [3, 30, 61],
    response = AccountBasicInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAccountBasicInfo;

/// The account's basic information returned by `getAccountBasicInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AccountBasicInfo {
    /// The account's AppID.
    pub appid: String,
    /// 1 subscription account, 2 service account, 3 Mini Program.
    pub account_type: i64,
    /// The subject type, as an enumerated code.
    pub principal_type: i64,
    /// The subject's name.
    pub principal_name: String,
    /// For a non-personal subject, the code of the company, government or other organisation.
    pub credential: String,
    /// 1 verified, 2 verifying, 3 failed; while not 1 only verification and account-setting APIs work.
    pub realname_status: i64,
    /// WeChat verification information.
    pub wx_verify_info: WxVerifyInfo,
    /// The feature introduction and its change quota.
    pub signature_info: QuotaInfo,
    /// The avatar and its change quota.
    pub head_image_info: QuotaInfo,
    /// The Mini Program's name.
    pub nickname: String,
    /// The name and its change quota.
    pub nickname_info: QuotaInfo,
    /// The country of registration, as an enumerated code.
    pub registered_country: i64,
    /// 0 when not WeChat-verified.
    pub customer_type: i64,
}

/// WeChat verification information (`wx_verify_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WxVerifyInfo {
    /// Whether the qualification is verified; if so, the account has the WeChat-verification permissions.
    pub qualification_verify: bool,
    /// Whether the name is verified.
    pub naming_verify: bool,
    /// Whether an annual review is needed; sent only when `qualification_verify` is true.
    pub annual_review: bool,
    /// Unix time the annual review starts; sent only when `qualification_verify` is true.
    pub annual_review_begin_time: i64,
    /// Unix time the annual review ends; sent only when `qualification_verify` is true.
    pub annual_review_end_time: i64,
}

/// A modifiable item with its monthly quota (`signature_info`, `head_image_info`, `nickname_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QuotaInfo {
    /// The feature introduction (in `signature_info`).
    pub signature: Option<String>,
    /// The avatar's URL (in `head_image_info`).
    pub head_image_url: Option<String>,
    /// The name (in `nickname_info`).
    pub nickname: Option<String>,
    /// Changes used this month.
    pub modify_used_count: i64,
    /// Total changes allowed this month.
    pub modify_quota: i64,
}
