//! `freepublish_get`: `POST /cgi-bin/freepublish/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_status.html>.
//! Note: name, permission set, field table and error rows from the newer page doc/subscription/api/public/api_freepublish_get.html.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a publish job's state and, once published, its articles' links.
#[wx_endpoint(
    name = "freepublish_get",
    path = "/cgi-bin/freepublish/get",
    perm_sets = [7],
    idempotent,
    response = PublishStatus,
    errors(
        use CommonError,
        40002 => InvalidArgument: "invalid argument",
        48001 => ApiUnauthorized: "api unauthorized: the account lacks this API's permission",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FreepublishGet {
    /// The publish job's id, as `freepublish_submit` returned it.
    pub publish_id: String,
}

crate::wire_enum! {
    /// A publish job's state (`publish_status`).
    pub enum PublishState: code {
        /// 0: published.
        Succeeded = 0,
        /// 1: publishing.
        Publishing = 1,
        /// 2: the originality declaration failed.
        OriginalityFailed = 2,
        /// 3: failed.
        Failed = 3,
        /// 4: rejected by the platform's review.
        Rejected = 4,
        /// 5: published, then every article deleted by the user.
        DeletedByUser = 5,
        /// 6: published, then every article banned by the system.
        BannedBySystem = 6,
    }
}

/// A publish job returned by `freepublish_get`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishStatus {
    /// The publish job's id.
    pub publish_id: String,
    /// The job's state.
    pub publish_status: Option<PublishState>,
    /// The published message's article id (when published).
    pub article_id: String,
    /// The published articles (when published).
    pub article_detail: Option<ArticleDetail>,
    /// Numbers of the failing articles, from 1 (states 2 and 4).
    pub fail_idx: Vec<u32>,
}

/// The published articles (`article_detail`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleDetail {
    /// How many articles.
    pub count: u32,
    /// The articles.
    pub item: Vec<ArticleDetailItem>,
}

/// One published article (`article_detail.item`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleDetailItem {
    /// The article's number, from 1.
    pub idx: u32,
    /// The article's permanent link.
    pub article_url: String,
}
