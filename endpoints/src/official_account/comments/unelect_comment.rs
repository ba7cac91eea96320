//! `unelectcomment`: `POST /cgi-bin/comment/unmarkelect`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: name and permission set 7 from the newer page doc/subscription/api/leaving/api_unelectcomment.html; error rows
//! from the older page's return codes for this call.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes a comment from the featured comments.
#[wx_endpoint(
    name = "unelectcomment",
    path = "/cgi-bin/comment/unmarkelect",
    perm_sets = [7],
    errors(
        use CommonError,
        45009 => DailyQuotaExceeded: "reach max api daily quota limit: no calls left today",
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
        88008 => CommentNotFound: "comment is not exists",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnelectComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
    /// The comment's id (`user_comment_id` from `listComment`).
    pub user_comment_id: u64,
}
