//! `uploadIcpMedia`: `POST /wxa/icp/upload_icp_media`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/uploadIcpMedia.html>.
//! Unverified: the page is not in the stored corpus: the form fields as other projects transcribe it, the answer from
//! its sample; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Uploads an image or video for a filing; its media_id goes into `applyIcpFiling`.
#[wx_endpoint(
    name = "uploadIcpMedia",
    path = "/wxa/icp/upload_icp_media",
    multipart,
    response = IcpMedia,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadIcpMedia {
    /// `image` or `video`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The certificate type's id (from `queryIcpCertificateTypes`), as digits; required for a certificate's media.
    pub certificate_type: Option<String>,
    /// The filing field the media is for, e.g. `icp_subject.principal_info.certificate_photo_front` (one of them when used for several).
    pub icp_order_field: String,
    /// The image or video.
    pub media: Upload,
}

/// The media uploaded by `uploadIcpMedia`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpMedia {
    /// `image` or `video`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The media's id, for the filing's fields.
    pub media_id: String,
    /// Unix time it was uploaded.
    pub create_at: i64,
}
