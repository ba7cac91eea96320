//! Types the live-streaming endpoints share, and lenient readers.

crate::wire_enum! {
    /// A live room's status (`live_status`, `room_status`).
    pub enum LiveStatus: code {
        /// 101: live.
        Live = 101,
        /// 102: not started.
        NotStarted = 102,
        /// 103: ended.
        Ended = 103,
        /// 104: banned.
        Banned = 104,
        /// 105: paused.
        Paused = 105,
        /// 106: abnormal.
        Abnormal = 106,
        /// 107: expired.
        Expired = 107,
    }
}
