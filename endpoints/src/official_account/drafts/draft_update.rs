//! `draft_update`: `POST /cgi-bin/draft/update`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Update_draft.html>.
//! Note: name, permission sets, field table and error rows from the newer page doc/subscription/api/draftbox/draftmanage/api_draft_update.html.
//! Note: `show_cover_pic` is the older page's field (kept in the corpus sample); the newer page drops it.

use super::DraftArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Replaces one article of a draft.
#[wx_endpoint(
    name = "draft_update",
    path = "/cgi-bin/draft/update",
    perm_sets = [11, 100],
    errors(
        use CommonError,
        40114 => InvalidIndex: "invalid index value",
        41039 => InvalidContentSourceUrl: "invalid content_source_url",
        45166 => InvalidContent: "invalid content",
        53404 => ProductSellingRestricted: "the account's product-selling ability is restricted; remove the products and retry",
        53405 => InvalidProductInfo: "the inserted product information is wrong; check the parameters and the product's state",
        53406 => ProductSellingNotOpened: "open the product-selling ability first",
        88000 => NoCommentPrivilege: "without comment privilege",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DraftUpdate {
    /// The draft's media id.
    pub media_id: String,
    /// Which article to replace, from 0 (meaningful for multi-article drafts).
    pub index: u32,
    /// The new article (one object, not a list).
    pub articles: DraftArticle,
}
