//! `getMenu`: `GET /cgi-bin/menu/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Getting_Custom_Menu_Configurations.html>.
//! Note: the interface name and permission set were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_getmenu>; its table leaves out `menuid`,
//! which both pages' examples carry.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use super::{MatchRuleInfo, MenuButton};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the menus set through the API: the default menu and every conditional menu.
#[wx_endpoint(
    name = "getMenu",
    path = "/cgi-bin/menu/get",
    method = GET,
    perm_sets = [15],
    response = MenuConfig,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMenu;

/// The menus returned by `getMenu`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MenuConfig {
    /// The default menu.
    pub menu: DefaultMenu,
    /// The conditional menus.
    pub conditionalmenu: Vec<ConditionalMenu>,
}

/// The default menu (`menu`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DefaultMenu {
    /// The first-level buttons.
    pub button: Vec<MenuButton>,
    /// The menu's id (sent when conditional menus exist).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub menuid: u64,
}

/// A conditional menu (`conditionalmenu`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ConditionalMenu {
    /// The first-level buttons.
    pub button: Vec<MenuButton>,
    /// Who sees the menu.
    pub matchrule: MatchRuleInfo,
    /// The menu's id, for `deleteConditionalMenu`.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub menuid: u64,
}
