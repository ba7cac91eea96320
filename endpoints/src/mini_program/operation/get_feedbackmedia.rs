//! `getFeedbackmedia`: `GET /cgi-bin/media/getfeedbackmedia`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getFeedbackmedia.html>.
//! Note: permission set 18 is from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Downloads a picture attached to a user's feedback: the image bytes on success, the JSON envelope on failure.
#[wx_endpoint(
    name = "getFeedbackmedia",
    path = "/cgi-bin/media/getfeedbackmedia",
    method = GET,
    perm_sets = [18],
    binary,
    errors(
        use CommonError,
        46001 => MediaNotFound: "no data for this media id; check the media id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFeedbackmedia {
    /// The feedback's `record_id`, from `getFeedback`.
    pub record_id: u64,
    /// The picture's media id, from the feedback's `mediaIds`.
    pub media_id: String,
}
