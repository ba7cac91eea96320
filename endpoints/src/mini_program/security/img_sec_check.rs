//! `imgSecCheck`: `POST /wxa/img_sec_check`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/sec-check/security.imgSecCheck.html>.
//! Note: PNG, JPEG, JPG or GIF, at most 750 x 1334 pixels and 1 MB (the English twin of the page
//! gives the size); at most 2000 calls a minute and 200,000 a day. Version 1.0 of content security:
//! WeChat recommends `mediaCheckAsync`.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Checks whether an image contains illegal content (synchronous; 87014 when it does).
#[wx_endpoint(
    name = "imgSecCheck",
    path = "/wxa/img_sec_check",
    multipart,
    errors(
        use CommonError,
        87014 => RiskyContent: "the image may contain illegal content",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ImgSecCheck {
    /// The image file: PNG, JPEG, JPG or GIF, at most 1 MB.
    #[wx(max_bytes = 1048576)]
    pub media: Upload,
}
