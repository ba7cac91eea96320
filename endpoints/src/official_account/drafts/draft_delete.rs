//! `draft_delete`: `POST /cgi-bin/draft/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Delete_draft.html>.
//! Note: name, permission sets and error rows from the newer page doc/subscription/api/draftbox/draftmanage/api_draft_delete.html.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a draft; this cannot be undone.
#[wx_endpoint(
    name = "draft_delete",
    path = "/cgi-bin/draft/delete",
    perm_sets = [11, 100],
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DraftDelete {
    /// The draft's media id.
    pub media_id: String,
}
