//! The Mini Programs listed by `getEmbeddedList` and `getOwnList`, with their status and the
//! authorization mode.

use serde::Deserialize;

/// A list of half-screen Mini Programs, as `getEmbeddedList` and `getOwnList` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EmbeddedList {
    /// The half-screen Mini Programs.
    pub wxa_embedded_list: Vec<EmbeddedApp>,
    /// How applications to open this Mini Program half-screen are handled.
    pub embedded_flag: Option<EmbeddedFlag>,
}

/// A half-screen Mini Program and its application.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EmbeddedApp {
    /// The Mini Program's AppID.
    pub appid: String,
    /// Unix time the application was made.
    pub create_time: i64,
    /// The Mini Program's avatar URL.
    pub headimg: String,
    /// The Mini Program's name.
    pub nickname: String,
    /// Why it was applied for.
    pub reason: String,
    /// The application's status (the page types it as a string, samples print a number: both are read).
    pub status: Option<EmbeddedStatus>,
}

crate::wire_enum! {
    /// The status of an application to open a Mini Program half-screen (`status`).
    pub enum EmbeddedStatus: code {
        /// 1: waiting for the other administrator's verification.
        Pending = 1,
        /// 2: approved.
        Approved = 2,
        /// 3: rejected.
        Rejected = 3,
        /// 4: timed out.
        TimedOut = 4,
        /// 5: withdrawn.
        Withdrawn = 5,
        /// 6: the authorization was cancelled.
        AuthorizationCancelled = 6,
    }
}

crate::wire_enum! {
    /// How applications to open a Mini Program half-screen are handled (`embedded_flag`, `flag`).
    pub enum EmbeddedFlag: code {
        /// 0: an administrator must confirm each application.
        AdminConfirm = 0,
        /// 1: applications pass automatically.
        AutoApprove = 1,
        /// 2: applications are rejected automatically.
        AutoReject = 2,
    }
}
