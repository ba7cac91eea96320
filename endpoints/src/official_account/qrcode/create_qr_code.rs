//! `createQRCode`: `POST /cgi-bin/qrcode/create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Account_Management/Generating_a_Parametric_QR_Code.html>.
//! Note: name and permission set 3 from the newer page (doc/service/en/api/qrcode/qrcodes/api_createqrcode.html).
//! Temporary codes expire after at most 30 days; permanent codes are limited to 100,000. The image is
//! fetched with the ticket from `https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=TICKET` (URL-encoded):
//! `QrCodeTicket::image_url`.
//! Unverified: the error table (the stored copies end before it).

use serde::{Deserialize, Serialize};

use crate::wechat::CommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// The kind of QR code (`action_name`).
    pub enum QrCodeAction: text {
        /// `QR_SCENE`: temporary, with a numeric scene.
        Scene = "QR_SCENE",
        /// `QR_STR_SCENE`: temporary, with a string scene.
        StrScene = "QR_STR_SCENE",
        /// `QR_LIMIT_SCENE`: permanent, with a numeric scene.
        LimitScene = "QR_LIMIT_SCENE",
        /// `QR_LIMIT_STR_SCENE`: permanent, with a string scene.
        LimitStrScene = "QR_LIMIT_STR_SCENE",
    }
}

/// Creates a ticket for a QR code carrying a scene value: scanning it follows the account (or opens
/// its chat) and pushes the scene to the developer.
#[wx_endpoint(
    name = "createQRCode",
    path = "/cgi-bin/qrcode/create",
    perm_sets = [3],
    response = QrCodeTicket,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CreateQrCode {
    /// Seconds a temporary code stays valid, at most 2592000 (30 days); 30 when left out. Not for permanent codes.
    #[wx(range = 1..=2592000)]
    pub expire_seconds: Option<u32>,
    /// The kind of code.
    pub action_name: QrCodeAction,
    /// The code's scene.
    pub action_info: QrCodeActionInfo,
}

/// The code's details (`action_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QrCodeActionInfo {
    /// The scene value.
    pub scene: QrCodeScene,
}

/// The scene value a code carries (`scene`): `scene_id` for the numeric kinds, `scene_str` for the string kinds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QrCodeScene {
    /// A non-zero 32-bit number for temporary codes; 1 to 100000 for permanent codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scene_id: Option<u32>,
    /// A string of 1 to 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scene_str: Option<String>,
}

/// The ticket `createQRCode` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QrCodeTicket {
    /// The ticket that fetches the code's image while it is valid.
    pub ticket: String,
    /// Seconds the code stays valid (temporary codes).
    pub expire_seconds: u64,
    /// The URL the code's image encodes (to draw the code yourself).
    pub url: String,
}

impl QrCodeTicket {
    /// Where the code's image is fetched while the ticket is valid (no token needed):
    /// `https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=...`, the ticket URL-encoded.
    pub fn image_url(&self) -> String {
        let query = crate::__private::encode_query(&[("ticket", self.ticket.as_str())])
            .expect("a pair of strings always encodes");
        format!("https://mp.weixin.qq.com/cgi-bin/showqrcode?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_url_encodes_the_ticket() {
        let ticket = QrCodeTicket { ticket: "gQH47joAAAAAAAAAASxod/HR+w==".into(), ..Default::default() };
        assert_eq!(
            ticket.image_url(),
            "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH47joAAAAAAAAAASxod%2FHR%2Bw%3D%3D"
        );
    }
}
