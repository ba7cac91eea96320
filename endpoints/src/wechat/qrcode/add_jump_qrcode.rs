//! `addJumpQRCode`: `POST /cgi-bin/wxopen/qrcodejumpadd`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/addJumpQRCode.html>.
//! Unverified: error codes from WxJava enum, not the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds or modifies a rule that opens the Mini Program from ordinary QR codes.
#[wx_endpoint(
    name = "addJumpQRCode",
    path = "/cgi-bin/wxopen/qrcodejumpadd",
    perm_sets = [3, 18],
    errors(
        use CommonError,
        85066 => InvalidLink: "invalid link",
        85068 => TestLinkNotSubLink: "the test link is not a sub-link",
        85069 => ConfirmFileCheckFailed: "the confirmation file check failed",
        85070 => PersonalAccountNoQrRules: "personal Mini Programs cannot set QR code rules",
        85071 => LinkAlreadyAdded: "the link was already added",
        85072 => LinkTaken: "the link is taken",
        85073 => QrRulesFull: "the QR code rules are full",
        85074 => NotReleased: "the Mini Program is not released",
        61007 => NotGrantedToComponent: "the API is not authorized to the third-party platform (permission set not granted)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddJumpQrCode {
    /// The QR code rule: the URL prefix the ordinary QR codes match.
    #[wx(non_empty)]
    pub prefix: String,
    /// The Mini Program page the QR codes open.
    #[wx(non_empty)]
    pub path: String,
    /// 0 add, 1 modify.
    #[wx(one_of = [0, 1])]
    pub is_edit: u8,
    /// `permit_sub_rule`, as the official page defines it: how the rule treats sub-rules under its
    /// prefix.
    pub permit_sub_rule: Option<u8>,
    /// 1 development, 2 trial, 3 release.
    #[wx(one_of = [1, 2, 3])]
    pub open_version: Option<u8>,
    /// Test links for the rule.
    pub debug_url: Option<Vec<String>>,
    /// The Mini Program, when configuring a service account's rule.
    pub appid: Option<String>,
}
