//! Rows of the user analysis calls (`getusersummary`, `getusercumulate`).

use serde::Deserialize;

crate::wire_enum! {
    /// The channel users followed through (`user_source` of `getusersummary`).
    pub enum UserSource: code {
        /// 0: every other channel, summed.
        Other = 0,
        /// 1: account search.
        Search = 1,
        /// 17: a shared profile card.
        ProfileCard = 17,
        /// 30: a scanned QR code.
        QrCode = 30,
        /// 57: the account name inside an article.
        ArticleAccountName = 57,
        /// 100: WeChat ads.
        WechatAd = 100,
        /// 149: a Mini Program.
        MiniProgram = 149,
        /// 161: an article reprinted by others.
        Reprint = 161,
        /// 200: WeChat Channels.
        Channels = 200,
        /// 201: a live stream.
        LiveStream = 201,
    }
}

/// One day's new and lost followers from one channel (`list` of `getusersummary`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserSummary {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The channel the users came through.
    pub user_source: Option<UserSource>,
    /// New followers.
    pub new_user: u64,
    /// Followers lost.
    pub cancel_user: u64,
}

/// The rows `getusersummary` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserSummaryList {
    /// One row per day and channel.
    pub list: Vec<UserSummary>,
}

/// One day's total followers (`list` of `getusercumulate`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserCumulate {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// Total followers that day.
    pub cumulate_user: u64,
}

/// The rows `getusercumulate` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserCumulateList {
    /// One row per day.
    pub list: Vec<UserCumulate>,
}
