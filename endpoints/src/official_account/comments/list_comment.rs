//! `listComment`: `POST /cgi-bin/comment/list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: name, permission set 7 and field table from the newer page doc/service/api/leaving/api_listcomment.html; error
//! rows from the older page's return codes for this call.
//! Note: both pages type `reply` as one object (`content`, `create_time`); the corpus sample shows an array.
//! Note: `count`: the Chinese pages say 50 or more is refused, the English page and error 88010 say more than 50; 1..=50 is checked.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the comments on a mass-sent article, with the account's replies.
#[wx_endpoint(
    name = "listComment",
    path = "/cgi-bin/comment/list",
    perm_sets = [7],
    idempotent,
    response = CommentList,
    errors(
        use CommonError,
        45009 => DailyQuotaExceeded: "reach max api daily quota limit: no calls left today",
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
        88010 => CountOutOfRange: "count range error: count <= 0 or count > 50",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ListComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
    /// The offset to start from.
    pub begin: u32,
    /// How many to return.
    #[wx(range = 1..=50)]
    pub count: u32,
    /// Which comments: all, ordinary only, or featured only.
    #[serde(rename = "type")]
    pub comment_type: CommentListType,
}

crate::wire_enum! {
    /// Which comments `listComment` returns (`type`).
    pub enum CommentListType: code {
        /// 0: ordinary and featured comments.
        All = 0,
        /// 1: ordinary comments.
        Normal = 1,
        /// 2: featured comments.
        Elected = 2,
    }
}

crate::wire_enum! {
    /// Whether a comment is featured (`comment_type`).
    pub enum CommentType: code {
        /// 0: not featured.
        Normal = 0,
        /// 1: featured.
        Elected = 1,
    }
}

/// A page of comments returned by `listComment`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CommentList {
    /// Comments in total (not the size of `comment`).
    pub total: u64,
    /// The comments.
    pub comment: Vec<Comment>,
}

/// One comment (`comment`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Comment {
    /// The comment's id.
    pub user_comment_id: u64,
    /// The commenter's OpenID; absent when the user commented under a non-WeChat identity.
    pub openid: Option<String>,
    /// Unix time of the comment.
    pub create_time: i64,
    /// The comment's text.
    pub content: String,
    /// Whether the comment is featured.
    pub comment_type: Option<CommentType>,
    /// The account's reply, if any.
    pub reply: Option<CommentReply>,
}

/// The account's reply to a comment (`reply`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CommentReply {
    /// The reply's text.
    pub content: String,
    /// Unix time of the reply.
    pub create_time: i64,
}
