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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AccountBasicInfo {
    pub appid: String,
    /// 1 subscription account, 2 service account, 3 Mini Program.
    pub account_type: i64,
    pub principal_type: i64,
    pub principal_name: String,
    pub credential: String,
    /// 1 verified, 2 verifying, 3 failed; while not 1 only verification and account-setting APIs work.
    pub realname_status: i64,
    pub wx_verify_info: WxVerifyInfo,
    pub signature_info: QuotaInfo,
    pub head_image_info: QuotaInfo,
    pub nickname: String,
    pub nickname_info: QuotaInfo,
    pub registered_country: i64,
    /// 0 when not WeChat-verified.
    pub customer_type: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WxVerifyInfo {
    pub qualification_verify: bool,
    pub naming_verify: bool,
    pub annual_review: bool,
    pub annual_review_begin_time: i64,
    pub annual_review_end_time: i64,
}

/// A modifiable item with its monthly quota (`signature_info`, `head_image_info`, `nickname_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QuotaInfo {
    pub signature: Option<String>,
    pub head_image_url: Option<String>,
    pub nickname: Option<String>,
    pub modify_used_count: i64,
    pub modify_quota: i64,
}
