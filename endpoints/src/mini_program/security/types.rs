//! Types the content-security endpoints share.

crate::wire_enum! {
    /// Where the checked content appears (`scene`).
    pub enum SecScene: code {
        /// 1: a profile.
        Profile = 1,
        /// 2: a comment.
        Comment = 2,
        /// 3: a forum.
        Forum = 3,
        /// 4: a social log.
        SocialLog = 4,
    }
}

crate::wire_enum! {
    /// A check's suggestion (`suggest`).
    pub enum SecSuggest: text {
        /// `risky`: the content is risky.
        Risky = "risky",
        /// `pass`: the content passes.
        Pass = "pass",
        /// `review`: the content needs a manual review.
        Review = "review",
    }
}

crate::wire_enum! {
    /// The label a check matched (`label`).
    pub enum SecLabel: code {
        /// 100: normal.
        Normal = 100,
        /// 10001: advertising.
        Advertising = 10001,
        /// 20001: politics.
        Politics = 20001,
        /// 20002: pornography.
        Pornography = 20002,
        /// 20003: abuse.
        Abuse = 20003,
        /// 20006: crime.
        Crime = 20006,
        /// 20008: fraud.
        Fraud = 20008,
        /// 20012: vulgarity.
        Vulgarity = 20012,
        /// 20013: copyright.
        Copyright = 20013,
        /// 21000: other.
        Other = 21000,
    }
}
