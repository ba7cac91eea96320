//! `draft_count`: `GET /cgi-bin/draft/count`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Count_drafts.html>.
//! Note: name and permission sets from the newer page doc/subscription/api/draftbox/draftmanage/api_draft_count.html (no error rows beyond 0).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Counts the drafts in the draft box.
#[wx_endpoint(
    name = "draft_count",
    path = "/cgi-bin/draft/count",
    method = GET,
    perm_sets = [11, 100],
    response = DraftTotal,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DraftCount;

/// The draft total returned by `draft_count`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftTotal {
    /// Drafts in total.
    pub total_count: u64,
}
