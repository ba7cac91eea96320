//! `newSendCloudBaseSms`: `POST /tcb/sendsmsv2`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.sendSmsV2.html>.
//! Note: the interface name is the one of the OpenApiDoc twin and the newer server/API page; the stored page calls it
//! `cloudbase.sendSmsV2`. Permission sets 49, 64 and 99 are from the OpenApiDoc twin; the newer page names 49 and 99.
//! The error rows are the newer page's (api_newsendcloudbasesms.html).

use super::SmsSendResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends an SMS carrying a URL Link that opens the Mini Program.
#[wx_endpoint(
    name = "newSendCloudBaseSms",
    path = "/tcb/sendsmsv2",
    perm_sets = [49, 64, 99],
    response = SmsSendResult,
    errors(
        use CommonError,
        -607004 => InvalidUrlLink: "invalid URL Link",
        -601033 => PersonalSubjectNotSupported: "only Mini Programs of non-personal subjects may send",
        -601032 => NicknameEmpty: "the Mini Program's name must not be empty",
        -601027 => InvalidEnv: "invalid environment id; check it",
        -501007 => InvalidParameter: "invalid parameter; errmsg says which",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct NewSendCloudBaseSms {
    /// The CloudBase environment's id (the platform's own environment when `resource_appid` names the platform).
    pub env: String,
    /// The URL Link the message carries.
    pub url_link: String,
    /// The SMS template's id (the page names the marketing template's id).
    pub template_id: String,
    /// The template's variables.
    pub template_param_list: Vec<String>,
    /// Mainland phone numbers starting with `+86`, at most 1000.
    #[wx(non_empty, max_items = 1000)]
    pub phone_number_list: Vec<String>,
    /// Whether the message uses the Mini Program's short name; default false.
    pub use_short_name: Option<bool>,
    /// The AppID owning `env`: the platform's or the Mini Program's, when a platform sends on its behalf.
    pub resource_appid: Option<String>,
}
