//! Types shared by the moderation commands.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// Which moderation configuration to apply: a built-in scene, or a custom configuration ID
    /// created in the console (kept as `Other`).
    pub enum AuditName: text {
        /// One-to-one messages.
        C2c = "C2C",
        /// Group messages.
        Group = "Group",
        /// User profiles.
        UserInfo = "UserInfo",
        /// Group profiles.
        GroupInfo = "GroupInfo",
        /// Group member profiles.
        GroupMemberInfo = "GroupMemberInfo",
        /// Relationship chain data.
        RelationChain = "RelationChain",
    }
}

crate::wire_enum! {
    /// The kind of content sent for moderation.
    pub enum AuditContentType: text {
        /// Text.
        Text = "Text",
        /// An image URL.
        Image = "Image",
        /// An audio URL (result by webhook).
        Audio = "Audio",
        /// A video URL (result by webhook).
        Video = "Video",
    }
}

crate::wire_enum! {
    /// The moderation suggestion.
    pub enum Suggestion: text {
        /// Pass.
        Pass = "Pass",
        /// Needs human review.
        Review = "Review",
        /// Block.
        Block = "Block",
    }
}

crate::wire_enum! {
    /// A moderation label, also a blocked word's category.
    pub enum ModerationLabel: text {
        /// Normal.
        Normal = "Normal",
        /// Illegal.
        Illegal = "Illegal",
        /// Abuse.
        Abuse = "Abuse",
        /// Politically sensitive.
        Polity = "Polity",
        /// Advertising.
        Ad = "Ad",
        /// Pornography.
        Porn = "Porn",
        /// Sexually suggestive.
        Sexy = "Sexy",
        /// Terrorism.
        Terror = "Terror",
        /// Composite.
        Composite = "Composite",
    }
}

crate::wire_enum! {
    /// A local blocked word's kind.
    pub enum WordType: code {
        /// 1: a plain word.
        Keyword = 1,
        /// 2: a regular expression.
        Regex = 2,
    }
}

crate::wire_enum! {
    /// What local moderation does with a matched word.
    pub enum FilterType: code {
        /// 1: replace it with `ReplacedContent`.
        Replace = 1,
        /// 2: block the message.
        Block = 2,
    }
}

/// A local (in-app) blocked word.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LocalAuditWord {
    /// The word (or regular expression).
    #[serde(default)]
    pub keyword: String,
    /// Plain word or regular expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_type: Option<WordType>,
    /// Replace or block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<FilterType>,
    /// The word's ID, as the get command returns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// The replacement text, for `Replace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_content: Option<String>,
    /// When the word was last updated, as the get command returns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

/// The reply of the moderation commands that only acknowledge: the request's ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AuditReceipt {
    /// The request's unique ID.
    pub request_id: String,
}
