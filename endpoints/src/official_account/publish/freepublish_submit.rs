//! `freepublish_submit`: `POST /cgi-bin/freepublish/submit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Publish/Publish.html>.
//! Note: name, permission set, field table and error rows from the newer page doc/subscription/api/public/api_freepublish_submit.html.
//! Note: success means the job was accepted; the result arrives as the `PUBLISHJOBFINISH` event or through `freepublish_get`.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Submits a draft for publishing and answers the publish job's id.
#[wx_endpoint(
    name = "freepublish_submit",
    path = "/cgi-bin/freepublish/submit",
    perm_sets = [7],
    response = PublishSubmitted,
    errors(
        use CommonError,
        48001 => ApiUnauthorized: "api unauthorized: the account lacks this API's permission",
        53503 => DraftCheckFailed: "the draft did not pass the publish check; review the draft",
        53504 => DraftNeedsPlatform: "the draft must be used on the Official Accounts Platform",
        53505 => DraftNotSaved: "save the draft manually on the Official Accounts Platform before publishing",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FreepublishSubmit {
    /// The draft's media id.
    pub media_id: String,
}

/// The publish job submitted by `freepublish_submit`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PublishSubmitted {
    /// The publish job's id.
    pub publish_id: String,
    /// The message's data id (the newer page's table; typed there as string).
    pub msg_data_id: Option<String>,
}
