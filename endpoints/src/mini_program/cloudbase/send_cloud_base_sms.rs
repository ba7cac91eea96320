//! `sendCloudBaseSms`: `POST /tcb/sendsms`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.sendSms.html>.
//! Note: the interface name is the one of the OpenApiDoc twin and the newer server/API page; the stored page calls it
//! `cloudbase.sendSms`. The newer page types `sms_type` as a number while naming string values; the stored page's
//! string is followed. Permission sets 49, 64 and 99 are from the OpenApiDoc twin; the newer page names 49 and 99.
//! The error rows are the newer page's (api_sendcloudbasesms.html).

use super::SmsSendResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends an SMS linking to the CloudBase static website, which opens the Mini Program.
#[wx_endpoint(
    name = "sendCloudBaseSms",
    path = "/tcb/sendsms",
    perm_sets = [49, 64, 99],
    response = SmsSendResult,
    errors(
        use CommonError,
        -607004 => InvalidUrlLink: "invalid URL Link",
        -607001 => InvalidStaticWebsitePath: "invalid static website path; check it",
        -601033 => PersonalSubjectNotSupported: "only Mini Programs of non-personal subjects may send",
        -601032 => NicknameEmpty: "the Mini Program's name must not be empty",
        -601028 => StaticWebsiteNotEnabled: "the environment has no static website enabled (DevTools: CloudBase, settings, extensions)",
        -601027 => InvalidEnv: "invalid environment id; check it",
        -501007 => InvalidParameter: "invalid parameter; errmsg says which",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SendCloudBaseSms {
    /// The CloudBase environment's id (the platform's own environment when `resource_appid` names the platform).
    pub env: String,
    /// Mainland phone numbers starting with `+86`, at most 1000.
    #[wx(non_empty, max_items = 1000)]
    pub phone_number_list: Vec<String>,
    /// Marketing or notification message.
    pub sms_type: SmsType,
    /// Marketing: the custom text, at most 30 characters.
    #[wx(chars = ..=30)]
    pub content: Option<String>,
    /// Marketing: the static website path, without the domain, e.g. `/index.html`.
    pub path: Option<String>,
    /// Notification: the template's id.
    pub template_id: Option<String>,
    /// Notification: the template's variables.
    pub template_param_list: Option<Vec<String>>,
    /// Whether the message uses the Mini Program's short name; default false.
    pub use_short_name: Option<bool>,
    /// The AppID owning `env`: the platform's or the Mini Program's, when a platform sends on its behalf.
    pub resource_appid: Option<String>,
}

crate::wire_enum! {
    /// The kind of SMS (`sms_type`).
    pub enum SmsType: text {
        /// `Marketing`: a marketing message.
        Marketing = "Marketing",
        /// `Notification`: a notification message.
        Notification = "Notification",
    }
}
