//! `freepublishGetarticle`: `POST /cgi-bin/freepublish/getarticle`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_article_from_id.html>.
//! Note: name, permission set, field table and error rows from the newer page doc/subscription/api/public/api_freepublishgetarticle.html.

use super::PublishedArticle;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a published message's articles by its article id.
#[wx_endpoint(
    name = "freepublishGetarticle",
    path = "/cgi-bin/freepublish/getarticle",
    perm_sets = [7],
    idempotent,
    response = PublishedArticles,
    errors(
        use CommonError,
        48001 => ApiUnauthorized: "api unauthorized: the account lacks this API's permission",
        53600 => InvalidArticleId: "invalid article ID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FreepublishGetarticle {
    /// The `article_id` the publish returned.
    pub article_id: String,
}

/// A published message returned by `freepublishGetarticle`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishedArticles {
    /// The articles.
    pub news_item: Vec<PublishedArticle>,
}
