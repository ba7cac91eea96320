//! `deleteMenu`: `GET /cgi-bin/menu/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Deleting_Custom-Defined_Menu.html>.
//! Note: the interface name and permission set were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_deletemenu>, whose error table lists only
//! the shared codes (its English twin spells the name `deletemenu`).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes the custom menu: the default menu and every conditional menu.
#[wx_endpoint(
    name = "deleteMenu",
    path = "/cgi-bin/menu/delete",
    method = GET,
    perm_sets = [15],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteMenu;
