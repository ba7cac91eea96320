//! `getCurrentAutoreplyInfo`: `GET /cgi-bin/get_current_autoreply_info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Getting_Rules_for_Auto_Replies.html>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/autoreplies/api_getcurrentautoreplyinfo.html>; only
//! rules set on the Official Accounts Platform website are returned; images, voice and video are temporary
//! materials (3 days), articles permanent ones.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the account's auto-reply rules set on the website: on follow, on any message, and by keyword.
#[wx_endpoint(
    name = "getCurrentAutoreplyInfo",
    path = "/cgi-bin/get_current_autoreply_info",
    method = GET,
    perm_sets = [1, 3, 15],
    response = AutoreplyInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCurrentAutoreplyInfo;

/// The auto-reply rules returned by `getCurrentAutoreplyInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AutoreplyInfo {
    /// Whether the reply on follow is on: 0 no, 1 yes.
    pub is_add_friend_reply_open: i64,
    /// Whether the reply to any message is on: 0 no, 1 yes.
    pub is_autoreply_open: i64,
    /// The reply on follow.
    pub add_friend_autoreply_info: AutoreplyContent,
    /// The reply to any message.
    pub message_default_autoreply_info: AutoreplyContent,
    /// The keyword rules.
    pub keyword_autoreply_info: KeywordAutoreplyInfo,
}

/// A reply: its type and content.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AutoreplyContent {
    /// The reply's type.
    #[serde(rename = "type")]
    pub reply_type: Option<AutoreplyType>,
    /// The text, or the media id of an image, voice, video or article.
    pub content: String,
}

crate::wire_enum! {
    /// An auto-reply's type (`type`).
    pub enum AutoreplyType: text {
        /// `text`.
        Text = "text",
        /// `img`: an image.
        Img = "img",
        /// `voice`.
        Voice = "voice",
        /// `video`.
        Video = "video",
        /// `news`: articles (keyword replies only).
        News = "news",
    }
}

/// The keyword rules (`keyword_autoreply_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KeywordAutoreplyInfo {
    /// The rules.
    pub list: Vec<KeywordAutoreplyRule>,
}

/// One keyword rule.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KeywordAutoreplyRule {
    /// The rule's name.
    pub rule_name: String,
    /// When it was created (Unix time).
    pub create_time: i64,
    /// Whether every reply is sent.
    pub reply_mode: Option<AutoreplyMode>,
    /// The keywords.
    pub keyword_list_info: Vec<AutoreplyKeyword>,
    /// The replies.
    pub reply_list_info: Vec<KeywordReply>,
}

crate::wire_enum! {
    /// How a keyword rule replies (`reply_mode`).
    pub enum AutoreplyMode: text {
        /// `reply_all`: every reply.
        ReplyAll = "reply_all",
        /// `random_one`: one reply at random.
        RandomOne = "random_one",
    }
}

/// One keyword of a rule.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AutoreplyKeyword {
    /// The keyword's type (`text`).
    #[serde(rename = "type")]
    pub keyword_type: String,
    /// How the keyword matches.
    pub match_mode: Option<KeywordMatchMode>,
    /// The keyword.
    pub content: String,
}

crate::wire_enum! {
    /// How a keyword matches (`match_mode`).
    pub enum KeywordMatchMode: text {
        /// `contain`: the message contains it.
        Contain = "contain",
        /// `equal`: the message equals it.
        Equal = "equal",
    }
}

/// One reply of a keyword rule.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KeywordReply {
    /// The reply's type.
    #[serde(rename = "type")]
    pub reply_type: Option<AutoreplyType>,
    /// The text, or the media id of an image, voice, video or article.
    pub content: String,
    /// The articles of a `news` reply.
    pub news_info: AutoreplyNewsInfo,
}

/// The articles of a `news` reply (`news_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AutoreplyNewsInfo {
    /// The articles.
    pub list: Vec<AutoreplyNews>,
}

/// One article of a `news` reply.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AutoreplyNews {
    /// The title.
    pub title: String,
    /// The author.
    pub author: String,
    /// The digest.
    pub digest: String,
    /// Whether the cover shows: 0 no, 1 yes.
    pub show_cover: i64,
    /// The cover image's URL.
    pub cover_url: String,
    /// The article's URL.
    pub content_url: String,
    /// The "read the original" URL.
    pub source_url: String,
}
