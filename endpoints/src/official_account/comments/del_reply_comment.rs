//! `delreplycomment`: `POST /cgi-bin/comment/reply/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: permission set 7 from the newer pages (doc/service/api/leaving/); error rows from the older page's return codes for this call.
//! Unverified: the name: the newer page (api_delreplycomment) was not captured; `delreplycomment` follows its slug.
//! Note: the older page prints the "reply is not exists" code as 87009; the global code table and other transcriptions give 88009.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes the account's reply to a comment.
#[wx_endpoint(
    name = "delreplycomment",
    path = "/cgi-bin/comment/reply/delete",
    perm_sets = [7],
    errors(
        use CommonError,
        45009 => DailyQuotaExceeded: "reach max api daily quota limit: no calls left today",
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
        88008 => CommentNotFound: "comment is not exists",
        88009 => ReplyNotFound: "reply is not exists",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DelReplyComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
    /// The comment's id (`user_comment_id` from `listComment`).
    pub user_comment_id: u64,
}
