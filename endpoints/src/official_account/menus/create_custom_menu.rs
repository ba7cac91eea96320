//! `createCustomMenu`: `POST /cgi-bin/menu/create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html>.
//! Note: the interface name and permission set were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_createcustommenu.html>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use super::MenuButton;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates (replaces) the account's default custom menu: 1 to 3 first-level buttons, each with at most 5 second-level ones.
#[wx_endpoint(
    name = "createCustomMenu",
    path = "/cgi-bin/menu/create",
    perm_sets = [15],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateCustomMenu {
    /// The first-level buttons (1 to 3).
    #[wx(non_empty, max_items = 3)]
    pub button: Vec<MenuButton>,
}
