//! A follower's basic information, as `userInfo` and `batchUserinfo` answer it, and the language
//! both take.

use serde::Deserialize;

crate::wire_enum! {
    /// The language of the answered country, province and city names (`lang`).
    pub enum Lang: text {
        /// `zh_CN`: simplified Chinese (the default).
        ZhCn = "zh_CN",
        /// `zh_TW`: traditional Chinese.
        ZhTw = "zh_TW",
        /// `en`: English.
        En = "en",
    }
}

crate::wire_enum! {
    /// Where the user followed the account from (`subscribe_scene`).
    pub enum SubscribeScene: text {
        /// `ADD_SCENE_SEARCH`: account search.
        Search = "ADD_SCENE_SEARCH",
        /// `ADD_SCENE_ACCOUNT_MIGRATION`: account migration.
        AccountMigration = "ADD_SCENE_ACCOUNT_MIGRATION",
        /// `ADD_SCENE_PROFILE_CARD`: a shared profile card.
        ProfileCard = "ADD_SCENE_PROFILE_CARD",
        /// `ADD_SCENE_QR_CODE`: a scanned QR code.
        QrCode = "ADD_SCENE_QR_CODE",
        /// `ADD_SCENE_PROFILE_LINK`: the account name inside an article.
        ProfileLink = "ADD_SCENE_PROFILE_LINK",
        /// `ADD_SCENE_PROFILE_ITEM`: the menu at the top right of an article.
        ProfileItem = "ADD_SCENE_PROFILE_ITEM",
        /// `ADD_SCENE_PAID`: following after a payment.
        Paid = "ADD_SCENE_PAID",
        /// `ADD_SCENE_WECHAT_ADVERTISEMENT`: a WeChat ad.
        WechatAdvertisement = "ADD_SCENE_WECHAT_ADVERTISEMENT",
        /// `ADD_SCENE_REPRINT`: an article reprinted by another account.
        Reprint = "ADD_SCENE_REPRINT",
        /// `ADD_SCENE_LIVESTREAM`: a Channels live stream.
        Livestream = "ADD_SCENE_LIVESTREAM",
        /// `ADD_SCENE_CHANNELS`: WeChat Channels.
        Channels = "ADD_SCENE_CHANNELS",
        /// `ADD_SCENE_WXA`: a Mini Program.
        Wxa = "ADD_SCENE_WXA",
        /// `ADD_SCENE_OTHERS`: anything else.
        Others = "ADD_SCENE_OTHERS",
    }
}

/// A follower's basic information (`userInfo`'s answer, an entry of `batchUserinfo`'s
/// `user_info_list`). While `subscribe` is 0 only `openid` (and `unionid`) are answered.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FollowerInfo {
    /// 1 when the user follows the account; 0 when not, and nothing else is answered then.
    pub subscribe: i64,
    /// The user's OpenID for this account.
    pub openid: String,
    /// The user's nickname (no longer answered since 2021-12-27; empty).
    pub nickname: String,
    /// 1 male, 2 female, 0 unknown (no longer answered since 2021-12-27).
    pub sex: i64,
    /// The user's language, e.g. `zh_CN`.
    pub language: String,
    /// The user's city (no longer answered since 2021-12-27).
    pub city: String,
    /// The user's province (no longer answered since 2021-12-27).
    pub province: String,
    /// The user's country (no longer answered since 2021-12-27).
    pub country: String,
    /// The avatar's URL (no longer answered since 2021-12-27).
    pub headimgurl: String,
    /// Unix time the user (last) followed the account.
    pub subscribe_time: i64,
    /// The user's UnionID, when the account is bound to an Open Platform account.
    pub unionid: String,
    /// The account's remark for the user.
    pub remark: String,
    /// The user's group id (the old grouping API; tags replace it).
    pub groupid: i64,
    /// The ids of the tags the user carries.
    pub tagid_list: Vec<u64>,
    /// Where the user followed the account from.
    pub subscribe_scene: Option<SubscribeScene>,
    /// The QR code scene (a developer-defined number) the user followed through.
    pub qr_scene: u64,
    /// The QR code scene (a developer-defined string) the user followed through.
    pub qr_scene_str: String,
}
