//! `qrcodeJumpGet`: `POST /cgi-bin/wxopen/qrcodejumpget`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/qrcode/qrcodejumpget.html>.
//! Note: the service account must be linked to the Mini Program first; a platform needs the
//! account's permission set 3 (else 61007). Name and permission sets 3 and 18 from the newer page
//! (doc/service/qrcode/qrcodejump/api_qrcodejumpget).
//! Note: the sample also prints `open_version`, `permit_sub_rule` and `debug_url` for each rule (the
//! ordinary-QR-code rules' fields); `total_count` is in the table, not the sample.
//! Unverified: the error table beyond 61007 (the stored copies end before it).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the rules that open a Mini Program from the service account's QR codes.
#[wx_endpoint(
    name = "qrcodeJumpGet",
    path = "/cgi-bin/wxopen/qrcodejumpget",
    idempotent,
    perm_sets = [3, 18],
    response = QrcodeJumpRules,
    errors(
        use CommonError,
        61007 => NotGrantedToComponent: "the account has not granted the platform permission set 3",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QrcodeJumpGet {
    /// The Mini Program's AppID.
    #[wx(non_empty)]
    pub appid: String,
    /// 0 the latest 10,000 rules (the default), 1 by prefix (`prefix_list`), 2 by page (`page_num`, `page_size`).
    #[wx(one_of = [0, 1, 2])]
    pub get_type: Option<u8>,
    /// The prefixes to look up, at most 200 (`get_type` 1).
    #[wx(max_items = 200)]
    pub prefix_list: Option<Vec<String>>,
    /// The page, from 1 (`get_type` 2).
    pub page_num: Option<u32>,
    /// Rules per page, at most 200 (`get_type` 2).
    #[wx(range = 1..=200)]
    pub page_size: Option<u32>,
}

/// The rules, as `qrcodeJumpGet` answers them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QrcodeJumpRules {
    /// The rules.
    pub rule_list: Vec<QrcodeJumpRule>,
    /// Whether opening the Mini Program from QR codes is switched on (1) or not (0).
    pub qrcodejump_open: i64,
    /// How many rules this answer holds.
    pub list_size: u64,
    /// Publications left this month.
    pub qrcodejump_pub_quota: u64,
    /// How many rules there are in all (for paging).
    pub total_count: u64,
}

/// One rule (`rule_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QrcodeJumpRule {
    /// The rule: the QR code URL prefix it matches.
    pub prefix: String,
    /// The Mini Program page the codes open.
    pub path: String,
    /// 1 not published, 2 published.
    pub state: i64,
    /// Who the rule applies to: 1 development, 2 trial, 3 release (ordinary-QR-code rules).
    pub open_version: Option<i64>,
    /// Whether sub-rules under the prefix are allowed (ordinary-QR-code rules).
    pub permit_sub_rule: Option<i64>,
    /// The test links (ordinary-QR-code rules).
    pub debug_url: Vec<String>,
}
