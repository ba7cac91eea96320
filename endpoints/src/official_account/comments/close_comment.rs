//! `closeComment`: `POST /cgi-bin/comment/close`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: name and permission set 7 from the newer page doc/service/api/leaving/api_closecomment.html.
//! Unverified: error rows: the older page lists no return codes for this call and the newer page's table was not
//! captured; 88000 and 88001 are the codes every comment call shares on the older page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Closes comments on a mass-sent article.
#[wx_endpoint(
    name = "closeComment",
    path = "/cgi-bin/comment/close",
    perm_sets = [7],
    errors(
        use CommonError,
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CloseComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
}
