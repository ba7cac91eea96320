//! `setHeadImage`: `POST /cgi-bin/account/modifyheadimage`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setHeadImage.html>.
//! Unverified: error table from 2019 mirror.
//! Unverified: new doc: up to 5 avatar changes per year (English translation ambiguous).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes the avatar to a temporary material, cropped to the box (x1, y1)-(x2, y2) in [0, 1].
#[wx_endpoint(
    name = "setHeadImage",
    path = "/cgi-bin/account/modifyheadimage",
    perm_sets = [3, 30, 61],
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        41006 => MediaIdMissing: "media_id must not be empty",
        40007 => InvalidMediaId: "invalid media_id",
        46001 => MediaNotFound: "media_id does not exist",
        40009 => ImageTooLarge: "image too large",
        53202 => AvatarQuotaExceeded: "this month's avatar changes are used up",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetHeadImage {
    /// media_id of the image (BMP/JPEG/JPG/GIF/PNG, at most 2 MB).
    #[wx(non_empty)]
    pub head_img_media_id: String,
    /// The crop box's left edge.
    pub x1: f64,
    /// The crop box's top edge.
    pub y1: f64,
    /// The crop box's right edge.
    pub x2: f64,
    /// The crop box's bottom edge.
    pub y2: f64,
}
