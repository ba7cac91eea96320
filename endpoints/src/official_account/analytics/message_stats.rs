//! Rows of the message analysis calls (`getupstreammsg*`: messages users send to the account).

use serde::Deserialize;

crate::wire_enum! {
    /// The kind of message users sent (`msg_type`).
    pub enum UpstreamMsgType: code {
        /// 1: text.
        Text = 1,
        /// 2: image.
        Image = 2,
        /// 3: voice.
        Voice = 3,
        /// 4: video.
        Video = 4,
        /// 6: a third-party app message (a link).
        ThirdPartyApp = 6,
    }
}

crate::wire_enum! {
    /// How many messages a user sent in the period (`count_interval`).
    pub enum CountInterval: code {
        /// 0: none.
        Zero = 0,
        /// 1: 1 to 5.
        OneToFive = 1,
        /// 2: 6 to 10.
        SixToTen = 2,
        /// 3: more than 10.
        MoreThanTen = 3,
    }
}

/// Messages of one kind users sent in a day, hour, week or month (`list` of `getupstreammsg`,
/// `getupstreammsghour`, `getupstreammsgweek`, `getupstreammsgmonth`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UpstreamMsgStat {
    /// The day (a week's or month's first day), `yyyy-MM-dd`.
    pub ref_date: String,
    /// The hour, `0` to `2300` (`getupstreammsghour` only).
    pub ref_hour: Option<u32>,
    /// The kind of message.
    pub msg_type: Option<UpstreamMsgType>,
    /// Users who sent such messages.
    pub msg_user: u64,
    /// Messages sent.
    pub msg_count: u64,
}

/// The rows `getupstreammsg`, `getupstreammsghour`, `getupstreammsgweek` and `getupstreammsgmonth` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UpstreamMsgStats {
    /// One row per period and kind of message.
    pub list: Vec<UpstreamMsgStat>,
}

/// How many users sent how many messages in a day, week or month (`list` of
/// `getupstreammsgdist`, `getupstreammsgdistweek`, `getupstreammsgdistmonth`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UpstreamMsgDistStat {
    /// The day (a week's or month's first day), `yyyy-MM-dd`.
    pub ref_date: String,
    /// The band of messages sent.
    pub count_interval: Option<CountInterval>,
    /// Users whose message count falls in the band.
    pub msg_user: u64,
}

/// The rows `getupstreammsgdist`, `getupstreammsgdistweek` and `getupstreammsgdistmonth` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UpstreamMsgDistStats {
    /// One row per period and band.
    pub list: Vec<UpstreamMsgDistStat>,
}
