//! Rows of the article analysis calls (`getarticlesummary`, `getarticletotal`, `getuserread`,
//! `getuserreadhour`, `getusershare`, `getusersharehour`).

use serde::Deserialize;

crate::wire_enum! {
    /// Where readers opened the articles from (`user_source` of `getuserread`, `getuserreadhour`).
    pub enum ReadSource: code {
        /// 0: a chat session.
        Session = 0,
        /// 1: a friend's share.
        Friends = 1,
        /// 2: Moments.
        Moments = 2,
        /// 4: the account's message history.
        History = 4,
        /// 5: anything else.
        Other = 5,
        /// 6: Top Stories ("看一看").
        TopStories = 6,
        /// 7: Search ("搜一搜").
        Search = 7,
        /// 99999999: every source, summed.
        All = 99999999,
    }
}

crate::wire_enum! {
    /// Where articles were shared to (`share_scene` of `getusershare`, `getusersharehour`).
    pub enum ShareScene: code {
        /// 1: forwarded to a friend.
        Friend = 1,
        /// 2: Moments.
        Moments = 2,
        /// 3: Tencent Weibo.
        TencentWeibo = 3,
        /// 255: anything else.
        Other = 255,
    }
}

/// One article's reading on one day (`list` of `getarticlesummary`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleSummary {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The broadcast's `msg_data_id` and the article's position in it, joined by `_` (e.g. `10000050_1`).
    pub msgid: String,
    /// The article's title.
    pub title: String,
    /// Readers of the article page.
    pub int_page_read_user: u64,
    /// Reads of the article page.
    pub int_page_read_count: u64,
    /// Readers of the original-link page.
    pub ori_page_read_user: u64,
    /// Reads of the original-link page.
    pub ori_page_read_count: u64,
    /// Users who shared it.
    pub share_user: u64,
    /// Shares.
    pub share_count: u64,
    /// Users who added it to Favorites.
    pub add_to_fav_user: u64,
    /// Additions to Favorites.
    pub add_to_fav_count: u64,
}

/// The rows `getarticlesummary` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleSummaryList {
    /// One row per article read that day (broadcast articles only).
    pub list: Vec<ArticleSummary>,
}

/// One broadcast article's totals (`list` of `getarticletotal`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleTotal {
    /// The day the article was broadcast, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The broadcast's `msg_data_id` and the article's position in it, joined by `_`.
    pub msgid: String,
    /// The article's title.
    pub title: String,
    /// The accumulated totals, one entry per day counted since the broadcast.
    pub details: Vec<ArticleTotalDetail>,
}

/// The totals accumulated up to one day (`details` of `getarticletotal`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleTotalDetail {
    /// The day counted up to, `yyyy-MM-dd`.
    pub stat_date: String,
    /// Users the broadcast was delivered to (about the followers, less the blacklisted and unreachable).
    pub target_user: u64,
    /// Readers of the article page.
    pub int_page_read_user: u64,
    /// Reads of the article page.
    pub int_page_read_count: u64,
    /// Readers of the original-link page.
    pub ori_page_read_user: u64,
    /// Reads of the original-link page.
    pub ori_page_read_count: u64,
    /// Users who shared it.
    pub share_user: u64,
    /// Shares.
    pub share_count: u64,
    /// Users who added it to Favorites.
    pub add_to_fav_user: u64,
    /// Additions to Favorites.
    pub add_to_fav_count: u64,
    /// Readers from chat sessions.
    pub int_page_from_session_read_user: u64,
    /// Reads from chat sessions.
    pub int_page_from_session_read_count: u64,
    /// Readers from the message history.
    pub int_page_from_hist_msg_read_user: u64,
    /// Reads from the message history.
    pub int_page_from_hist_msg_read_count: u64,
    /// Readers from Moments.
    pub int_page_from_feed_read_user: u64,
    /// Reads from Moments.
    pub int_page_from_feed_read_count: u64,
    /// Readers from friends' shares.
    pub int_page_from_friends_read_user: u64,
    /// Reads from friends' shares.
    pub int_page_from_friends_read_count: u64,
    /// Readers from other sources.
    pub int_page_from_other_read_user: u64,
    /// Reads from other sources.
    pub int_page_from_other_read_count: u64,
    /// Readers from Top Stories ("看一看").
    pub int_page_from_kanyikan_read_user: u64,
    /// Reads from Top Stories ("看一看").
    pub int_page_from_kanyikan_read_count: u64,
    /// Readers from Search ("搜一搜").
    pub int_page_from_souyisou_read_user: u64,
    /// Reads from Search ("搜一搜").
    pub int_page_from_souyisou_read_count: u64,
    /// Users who shared it to Moments from a chat session.
    pub feed_share_from_session_user: u64,
    /// Shares to Moments from chat sessions.
    pub feed_share_from_session_cnt: u64,
    /// Users who shared it to Moments from Moments.
    pub feed_share_from_feed_user: u64,
    /// Shares to Moments from Moments.
    pub feed_share_from_feed_cnt: u64,
    /// Users who shared it to Moments from elsewhere.
    pub feed_share_from_other_user: u64,
    /// Shares to Moments from elsewhere.
    pub feed_share_from_other_cnt: u64,
}

/// The rows `getarticletotal` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleTotalList {
    /// One row per article broadcast that day.
    pub list: Vec<ArticleTotal>,
}

/// Article reading by source over one day or hour (`list` of `getuserread`, `getuserreadhour`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleReadStat {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The hour, `0` to `2300` (`getuserreadhour` only).
    pub ref_hour: Option<u32>,
    /// Where the readers came from.
    pub user_source: Option<ReadSource>,
    /// Readers of article pages.
    pub int_page_read_user: u64,
    /// Reads of article pages.
    pub int_page_read_count: u64,
    /// Readers of original-link pages.
    pub ori_page_read_user: u64,
    /// Reads of original-link pages.
    pub ori_page_read_count: u64,
    /// Users who shared.
    pub share_user: u64,
    /// Shares.
    pub share_count: u64,
    /// Users who added to Favorites.
    pub add_to_fav_user: u64,
    /// Additions to Favorites.
    pub add_to_fav_count: u64,
}

/// The rows `getuserread` and `getuserreadhour` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleReadStats {
    /// One row per day (or hour) and source.
    pub list: Vec<ArticleReadStat>,
}

/// Article sharing by scene over one day or hour (`list` of `getusershare`, `getusersharehour`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleShareStat {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The hour, `0` to `2300` (`getusersharehour` only).
    pub ref_hour: Option<u32>,
    /// Where the articles were shared to.
    pub share_scene: Option<ShareScene>,
    /// Shares.
    pub share_count: u64,
    /// Users who shared.
    pub share_user: u64,
}

/// The rows `getusershare` and `getusersharehour` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ArticleShareStats {
    /// One row per day (or hour) and scene.
    pub list: Vec<ArticleShareStat>,
}
