//! `getDraft`: `POST /cgi-bin/draft/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Add_draft.html>.
//! Note: the corpus points at the add-draft page; name, permission sets, field table and error rows are from the newer
//! page doc/subscription/api/draftbox/draftmanage/api_getdraft.html.

use super::DraftNewsItem;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a draft's articles.
#[wx_endpoint(
    name = "getDraft",
    path = "/cgi-bin/draft/get",
    perm_sets = [11, 100],
    idempotent,
    response = DraftDetail,
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetDraft {
    /// The draft's media id.
    pub media_id: String,
}

/// A draft returned by `getDraft`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftDetail {
    /// The draft's articles.
    pub news_item: Vec<DraftNewsItem>,
}
