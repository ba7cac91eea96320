//! `draft_add`: `POST /cgi-bin/draft/add`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Add_draft.html>.
//! Note: name, permission sets, field table and error rows from the newer page doc/subscription/api/draftbox/draftmanage/api_draft_add.html.
//! Note: `show_cover_pic` is the older page's field (kept in the corpus sample); the newer page drops it.

use super::DraftArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds an article or image-message draft to the draft box and answers its media id.
#[wx_endpoint(
    name = "draft_add",
    path = "/cgi-bin/draft/add",
    perm_sets = [11, 100],
    response = DraftAdded,
    errors(
        use CommonError,
        53404 => ProductSellingRestricted: "the account's product-selling ability is restricted; remove the products and retry",
        53405 => InvalidProductInfo: "the inserted product information is wrong; check the parameters and the product's state",
        53406 => ProductSellingNotOpened: "open the product-selling ability first",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DraftAdd {
    /// The articles of the draft.
    #[wx(non_empty)]
    pub articles: Vec<DraftArticle>,
}

/// The draft added by `draft_add`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DraftAdded {
    /// The draft's media id (at most 128 characters).
    pub media_id: String,
}
