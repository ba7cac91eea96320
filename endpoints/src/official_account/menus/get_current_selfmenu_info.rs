//! `getCurrentSelfmenuInfo`: `GET /cgi-bin/get_current_selfmenu_info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Querying_Custom_Menus.html>.
//! Note: the interface name and permission sets were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_getcurrentselfmenuinfo.html>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the menu the account currently uses, whether set through the API or on the Official Accounts Platform website.
#[wx_endpoint(
    name = "getCurrentSelfmenuInfo",
    path = "/cgi-bin/get_current_selfmenu_info",
    method = GET,
    perm_sets = [1, 3, 15],
    response = SelfMenuInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCurrentSelfmenuInfo;

/// The current menu, as `getCurrentSelfmenuInfo` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenuInfo {
    /// Whether the menu is enabled: 0 no, 1 yes.
    pub is_menu_open: i64,
    /// The menu.
    pub selfmenu_info: SelfMenu,
}

/// The menu's buttons (`selfmenu_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenu {
    /// The first-level buttons.
    pub button: Vec<SelfMenuButton>,
}

/// One button of the current menu.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenuButton {
    /// The button's type: the API types, or for website menus text, img, voice, video, news and view.
    #[serde(rename = "type")]
    pub button_type: String,
    /// The button's title.
    pub name: String,
    /// The click key (API menus).
    pub key: String,
    /// The web page opened (`view`).
    pub url: String,
    /// Website menus: the text (text), media id (img, voice, news) or video download link (video).
    pub value: String,
    /// The articles of a `news` button.
    pub news_info: SelfMenuNewsInfo,
    /// Second-level buttons.
    pub sub_button: SelfMenuSubButtons,
}

/// Second-level buttons of a first-level button (`sub_button`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenuSubButtons {
    /// The buttons.
    pub list: Vec<SelfMenuButton>,
}

/// The articles of a `news` button (`news_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenuNewsInfo {
    /// The articles.
    pub list: Vec<SelfMenuNews>,
}

/// One article of a `news` button.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SelfMenuNews {
    /// The title.
    pub title: String,
    /// The author.
    pub author: String,
    /// The digest.
    pub digest: String,
    /// Whether the cover shows: 0 no, 1 yes.
    pub show_cover: i64,
    /// The cover image's URL.
    pub cover_url: String,
    /// The article's URL.
    pub content_url: String,
    /// The "read the original" URL.
    pub source_url: String,
}
