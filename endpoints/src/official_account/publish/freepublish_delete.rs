//! `freepublishDelete`: `POST /cgi-bin/freepublish/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Publish/Delete_posts.html>.
//! Note: name, permission set and error rows from the newer page doc/subscription/api/public/api_freepublishdelete.html.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a published article, or the whole message; this cannot be undone.
#[wx_endpoint(
    name = "freepublishDelete",
    path = "/cgi-bin/freepublish/delete",
    perm_sets = [7],
    errors(
        use CommonError,
        48001 => ApiUnauthorized: "api unauthorized: the account lacks this API's permission",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FreepublishDelete {
    /// The `article_id` the publish returned.
    pub article_id: String,
    /// Which article, from 1; left out or 0 deletes every article of the message.
    pub index: Option<u32>,
}
