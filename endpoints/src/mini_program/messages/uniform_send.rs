//! `uniform_send`: `POST /cgi-bin/message/wxopen/template/uniform_send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/uniform-message/uniformMessage.send.html>.
//! Note: the page gives no interface name (its title is the cloud method `uniformMessage.send`); the
//! name is the path's last segment. Its table types `data` and `miniprogram` as strings; its sample
//! sends objects, as typed here.
//! Unverified: perm sets (the page names none); the tail of the error table (40013's text).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Sends a unified service message: a Mini Program template message, else an Official Account template message.
#[wx_endpoint(
    name = "uniform_send",
    path = "/cgi-bin/message/wxopen/template/uniform_send",
    errors(
        use CommonError,
        40003 => InvalidOpenid: "touser is not a valid openid",
        40013 => InvalidAppid: "invalid appid",
        40037 => InvalidTemplateId: "invalid template id (weapp_template_msg or mp_template_msg)",
        41028 => InvalidFormId: "weapp_template_msg.form_id is invalid or expired",
        41029 => FormIdUsed: "weapp_template_msg.form_id was already used",
        41030 => InvalidPage: "invalid weapp_template_msg.page",
        45009 => QuotaReached: "the call quota was exceeded",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UniformSend {
    /// The user's openid: of the Mini Program, or of the Official Account `mp_template_msg.appid`.
    #[wx(non_empty)]
    pub touser: String,
    /// A Mini Program template message; sent first when present.
    pub weapp_template_msg: Option<WeappTemplateMsg>,
    /// An Official Account template message, sent when `weapp_template_msg` is absent.
    pub mp_template_msg: MpTemplateMsg,
}

/// A Mini Program template message (`weapp_template_msg`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WeappTemplateMsg {
    /// The Mini Program template's id.
    pub template_id: String,
    /// The Mini Program page.
    pub page: String,
    /// The template message's form_id.
    pub form_id: String,
    /// The template's keywords and their values.
    pub data: BTreeMap<String, TemplateValue>,
    /// The keyword shown enlarged, e.g. `keyword1.DATA`.
    pub emphasis_keyword: String,
}

/// An Official Account template message (`mp_template_msg`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MpTemplateMsg {
    /// The Official Account's AppID, bound to the Mini Program with the same subject.
    pub appid: String,
    /// The Official Account template's id.
    pub template_id: String,
    /// The URL the message opens.
    pub url: String,
    /// The Mini Program the message opens (bound to the Official Account).
    pub miniprogram: MpMiniprogram,
    /// The template's keywords and their values.
    pub data: BTreeMap<String, TemplateValue>,
}

/// The Mini Program an Official Account template message opens (`miniprogram`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MpMiniprogram {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The page, query allowed.
    pub pagepath: String,
}

/// A keyword's value in a template message (`data.<keyword>`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateValue {
    /// The value.
    pub value: String,
    /// The value's color, e.g. `#173177`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}
