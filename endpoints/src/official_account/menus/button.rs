//! The menu button and match-rule shapes `createCustomMenu`, `addConditionalMenu`, `getMenu` and
//! `tryMatchMenu` share.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html>
//! and <https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Personalized_menu_interface.html>.
//! Note: the button table was read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/custommenu/api_createcustommenu.html>; its enumeration
//! lists click, view, scancode_push, scancode_waitmsg, pic_sysphoto, pic_photo_or_album, pic_weixin,
//! location_select, media_id, article_id and article_view_limited; `miniprogram` and `view_limited` come from
//! the older page's examples.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// What a menu button does when tapped (`type`).
    pub enum MenuButtonType: text {
        /// `click`: pushes a click event with the button's `key`.
        Click = "click",
        /// `view`: opens the button's `url`.
        View = "view",
        /// `scancode_push`: opens the scanner and pushes the result.
        ScancodePush = "scancode_push",
        /// `scancode_waitmsg`: opens the scanner, pushes the result and shows "receiving message".
        ScancodeWaitmsg = "scancode_waitmsg",
        /// `pic_sysphoto`: takes a photo with the system camera and sends it.
        PicSysphoto = "pic_sysphoto",
        /// `pic_photo_or_album`: takes a photo or picks one from the album and sends it.
        PicPhotoOrAlbum = "pic_photo_or_album",
        /// `pic_weixin`: picks a photo from the WeChat album and sends it.
        PicWeixin = "pic_weixin",
        /// `location_select`: opens the location picker and sends the location.
        LocationSelect = "location_select",
        /// `media_id`: sends the permanent material `media_id`.
        MediaId = "media_id",
        /// `article_id`: sends the published article `article_id` as a card.
        ArticleId = "article_id",
        /// `article_view_limited`: opens the published article `article_id`.
        ArticleViewLimited = "article_view_limited",
        /// `miniprogram`: opens the Mini Program `appid` at `pagepath` (`url` for old clients).
        Miniprogram = "miniprogram",
        /// `view_limited`: opens the news material `media_id` (older page).
        ViewLimited = "view_limited",
    }
}

/// A menu button: a first-level button (with `sub_button`, or an action of its own) or a
/// second-level one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MenuButton {
    /// What the button does; left out on a button that only opens `sub_button`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub button_type: Option<MenuButtonType>,
    /// The title: at most 16 bytes on a first-level button, 60 bytes on a second-level one.
    pub name: String,
    /// The key pushed with the click event, at most 128 bytes; required by click-like types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The web page opened, at most 1024 bytes; for `miniprogram`, the page old clients open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The permanent material sent or opened (`media_id`, `view_limited`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_id: Option<String>,
    /// The Mini Program's AppID (`miniprogram`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The Mini Program page opened (`miniprogram`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagepath: Option<String>,
    /// The published article sent or opened (`article_id`, `article_view_limited`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_id: Option<String>,
    /// Second-level buttons, at most 5 (first-level buttons only); exclusive with `type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_button: Option<Vec<MenuButton>>,
}

/// Who sees a conditional menu (`matchrule`): at least one field must be set. Since the privacy
/// change, conditions on sex, region or language are refused with 65320 and existing ones no longer
/// match.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MatchRule {
    /// A user tag id (from user tag management).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_id: Option<String>,
    /// Sex: 1 male, 2 female (refused since the privacy change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// Client OS: 1 iOS, 2 Android, 3 other.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_platform_type: Option<String>,
    /// Country the user set in WeChat (refused since the privacy change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Province, with its country (refused since the privacy change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// City, with its province (refused since the privacy change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Language the user set in WeChat, e.g. `zh_CN` (refused since the privacy change).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A conditional menu's match rule as `getMenu` reports it (numbers where the request sends digits).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MatchRuleInfo {
    /// The user tag id (0 when not set).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub tag_id: u64,
    /// The user group id of older menus (0 when not set).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub group_id: u64,
    /// Sex: 1 male, 2 female (0 when not set).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub sex: u64,
    /// Client OS: 1 iOS, 2 Android, 3 other (0 when not set).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub client_platform_type: u64,
    /// Country.
    pub country: String,
    /// Province.
    pub province: String,
    /// City.
    pub city: String,
    /// Language, e.g. `zh_CN`.
    pub language: String,
}
