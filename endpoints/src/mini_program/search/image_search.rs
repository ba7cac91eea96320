//! `imageSearch`: `POST /wxa/imagesearch`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/search/search.imageSearch.html>.
//! Note: the image travels as the multipart part `img` (`curl -F 'img=@test.jpg'`); the page gives no
//! size limit. Its table types `errcode` as a string; the envelope reads either.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Searches the Mini Program's goods pages by an image.
#[wx_endpoint(
    name = "imageSearch",
    path = "/wxa/imagesearch",
    multipart,
    response = ImageSearchResult,
    errors(
        use CommonError,
        41005 => ImageDataMissing: "getting the image data failed: check its format",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ImageSearch {
    /// The image file.
    pub img: Upload,
}

/// The answer of `imageSearch`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImageSearchResult {
    /// The matching goods pages.
    pub items: Vec<ImageSearchItem>,
}

/// A matching goods page (`items`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImageSearchItem {
    /// The goods page's title.
    pub title: String,
    /// The goods page's main image URL.
    pub img_url: String,
    /// The goods page's price.
    pub price: String,
    /// The goods page's path.
    pub path: String,
}
