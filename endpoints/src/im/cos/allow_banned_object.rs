//! `allow_banned_object`: `POST /v4/im_cos_msg/allow_banned_object`.
//!
//! Source: the Chinese "聊天文件解封" page of the IM server API (cloud.tencent.com/document/product/269).
//! Unverified: the page is not in the stored corpus (no English twin found); the field is from the
//! doocs SDK's record of it. Only files uploaded by the IM SDK (native 4.9+, web 2.0+) are covered.
//! No own error rows are declared and no golden example is recorded.

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lifts the ban on a rich-media file of a chat message.
#[wx_endpoint(
    name = "allow_banned_object",
    family = im,
    path = "/v4/im_cos_msg/allow_banned_object",
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AllowBannedObject {
    /// The file's URL, from the rich-media message's URL field.
    #[serde(rename = "RawURL")]
    #[wx(non_empty)]
    pub raw_url: String,
}
