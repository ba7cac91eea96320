//! `deleteConditionalMenu`: `POST /cgi-bin/menu/delconditional`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Personalized_menu_interface.html#1>.
//! Note: the interface name, permission set and the error table (the shared codes only) were read on the newer
//! page <https://developers.weixin.qq.com/doc/service/api/custommenu/api_deleteconditionalmenu>; 2000 deletions a day.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes one conditional menu.
#[wx_endpoint(
    name = "deleteConditionalMenu",
    path = "/cgi-bin/menu/delconditional",
    perm_sets = [15],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteConditionalMenu {
    /// The menu's id (from `addConditionalMenu` or `getMenu`).
    #[wx(non_empty)]
    pub menuid: String,
}
