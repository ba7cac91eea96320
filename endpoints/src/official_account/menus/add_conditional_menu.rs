//! `addConditionalMenu`: `POST /cgi-bin/menu/addconditional`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Personalized_menu_interface.html#0>.
//! Note: the interface name, permission set and 65320 were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_addconditionalmenu>; a default menu must
//! exist first; 2000 creations a day.
//! Unverified: the rest of the page's error table was not readable in the stored copy.

use super::{MatchRule, MenuButton};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a conditional (personalized) menu shown to the users its match rule selects.
#[wx_endpoint(
    name = "addConditionalMenu",
    path = "/cgi-bin/menu/addconditional",
    perm_sets = [15],
    response = ConditionalMenuCreated,
    errors(
        use CommonError,
        65320 => PrivacyConditionRefused: "the match rule filters on private data (sex, region or language), which is no longer supported",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddConditionalMenu {
    /// The first-level buttons (1 to 3).
    #[wx(non_empty, max_items = 3)]
    pub button: Vec<MenuButton>,
    /// Who sees the menu: at least one condition.
    pub matchrule: MatchRule,
}

/// The conditional menu created by `addConditionalMenu`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ConditionalMenuCreated {
    /// The menu's id (printed as a string), for `deleteConditionalMenu`.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub menuid: u64,
}
