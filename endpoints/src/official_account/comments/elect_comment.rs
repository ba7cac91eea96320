//! `electcomment`: `POST /cgi-bin/comment/markelect`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: permission set 7 from the newer pages (doc/service/api/leaving/); error rows from the older page's return codes for this call.
//! Unverified: the name: the newer page (api_electcomment) was not captured; `electcomment` follows its slug and its sibling `unelectcomment`.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Marks a comment as featured.
#[wx_endpoint(
    name = "electcomment",
    path = "/cgi-bin/comment/markelect",
    perm_sets = [7],
    errors(
        use CommonError,
        45009 => DailyQuotaExceeded: "reach max api daily quota limit: no calls left today",
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
        88003 => ElectedLimitReached: "elected comment upper limit: the featured comments are at their limit",
        88004 => CommentDeletedByUser: "comment was deleted by user: it cannot be featured",
        88008 => CommentNotFound: "comment is not exists",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ElectComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
    /// The comment's id (`user_comment_id` from `listComment`).
    pub user_comment_id: u64,
}
