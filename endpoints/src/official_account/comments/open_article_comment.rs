//! `openArticleComment`: `POST /cgi-bin/comment/open`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html>.
//! Note: permission set 7 from the newer pages (doc/service/api/leaving/); error rows from the older page's return codes for this call.
//! Unverified: the name: the newer page (api_openarticlecomment) was not captured; its slug and a transcription give `openArticleComment`.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Opens comments on a mass-sent article.
#[wx_endpoint(
    name = "openArticleComment",
    path = "/cgi-bin/comment/open",
    perm_sets = [7],
    errors(
        use CommonError,
        45009 => DailyQuotaExceeded: "reach max api daily quota limit: no calls left today",
        88000 => NoCommentPrivilege: "without comment privilege: the account may not use comments",
        88001 => MsgDataNotFound: "msg_data is not exists: the article does not exist",
        88002 => ArticleLimitedForSafety: "the article is limit for safety: it contains sensitive content",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct OpenArticleComment {
    /// The `msg_data_id` the mass send returned.
    pub msg_data_id: u64,
    /// Which article of a multi-article message, from 0; the first when left out.
    pub index: Option<u32>,
}
