//! `tryMatchMenu`: `POST /cgi-bin/menu/trymatch`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Personalized_menu_interface.html#2>.
//! Note: the interface name and permission set were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_trymatchmenu.html>; 20000 tests a day.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use super::MenuButton;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Tests which menu a user sees, given the user's OpenID or WeChat ID.
#[wx_endpoint(
    name = "tryMatchMenu",
    path = "/cgi-bin/menu/trymatch",
    perm_sets = [15],
    idempotent,
    response = MatchedMenu,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct TryMatchMenu {
    /// The user's OpenID or WeChat ID.
    #[wx(non_empty)]
    pub user_id: String,
}

/// The menu the user sees, as `tryMatchMenu` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MatchedMenu {
    /// The first-level buttons.
    pub button: Vec<MenuButton>,
}
