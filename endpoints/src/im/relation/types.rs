//! Types shared by the relationship-chain (`/v4/sns/...`) commands.

use serde::{Deserialize, Serialize};

/// A relationship-chain field's value. The field's tag decides the type: remarks, add sources and
/// custom string fields are text, `Tag_SNS_IM_AddTime` is a number, `Tag_SNS_IM_Group` a list of
/// list names. `friend_get_list` also returns profile fields (`Tag_Profile_...`) in this shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SnsValue {
    /// An integer value (e.g. `Tag_SNS_IM_AddTime`, a Unix time in seconds).
    Number(i64),
    /// A string value (remark, add source, add wording, custom string fields).
    Text(String),
    /// A list of strings (`Tag_SNS_IM_Group`: the friend lists a friend belongs to).
    List(Vec<String>),
}

impl Default for SnsValue {
    fn default() -> Self {
        SnsValue::Text(String::new())
    }
}

impl From<&str> for SnsValue {
    fn from(text: &str) -> Self {
        SnsValue::Text(text.to_owned())
    }
}

impl From<String> for SnsValue {
    fn from(text: String) -> Self {
        SnsValue::Text(text)
    }
}

impl From<i64> for SnsValue {
    fn from(number: i64) -> Self {
        SnsValue::Number(number)
    }
}

impl From<Vec<String>> for SnsValue {
    fn from(list: Vec<String>) -> Self {
        SnsValue::List(list)
    }
}

/// One relationship-chain field: `{"Tag": "Tag_SNS_IM_Remark", "Value": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnsItem {
    /// The field's tag: a standard tag (the constants below) or `Tag_SNS_Custom_<keyword>`.
    #[serde(rename = "Tag")]
    pub tag: String,
    /// The field's value, typed by the tag.
    #[serde(rename = "Value")]
    pub value: SnsValue,
}

impl SnsItem {
    /// Friend lists the friend belongs to (a list of names; at most 32 lists, names of at most 30 bytes).
    pub const GROUP: &'static str = "Tag_SNS_IM_Group";
    /// Remark (at most 96 bytes).
    pub const REMARK: &'static str = "Tag_SNS_IM_Remark";
    /// Where the friend was added from: `AddSource_Type_` plus a keyword of at most 8 letters.
    pub const ADD_SOURCE: &'static str = "Tag_SNS_IM_AddSource";
    /// The friend request's wording (at most 256 bytes).
    pub const ADD_WORDING: &'static str = "Tag_SNS_IM_AddWording";
    /// When the friendship was established (Unix seconds).
    pub const ADD_TIME: &'static str = "Tag_SNS_IM_AddTime";

    /// A field from its tag and value.
    pub fn new(tag: impl Into<String>, value: impl Into<SnsValue>) -> Self {
        SnsItem { tag: tag.into(), value: value.into() }
    }
}

/// One account's result in a batch (`ResultItem`): `{To_Account, ResultCode, ResultInfo}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountResult {
    /// The account the result is for.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// This account's result code (0 = done), when present.
    pub result_code: Option<i64>,
    /// This account's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl AccountResult {
    /// This account's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The per-account results of a batch command (`friend_add`, `friend_import`, `friend_update`,
/// `friend_delete`, `black_list_add`, `black_list_delete`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountResults {
    /// One result per requested account.
    pub result_item: Vec<AccountResult>,
    /// The accounts that failed; only present when at least one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}

/// The reply of a command that returns nothing besides the envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Acknowledged {
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}

crate::wire_enum! {
    /// How a friend is added (`AddType`).
    pub enum AddType: text {
        /// One-way: only the requester's friend list gets the friend.
        Single = "Add_Type_Single",
        /// Two-way (the default): both users become each other's friends.
        Both = "Add_Type_Both",
    }
}

crate::wire_enum! {
    /// How friends are deleted (`DeleteType`).
    pub enum DeleteType: text {
        /// One-way (the default): removes `To_Account` from `From_Account`'s friends only.
        Single = "Delete_Type_Single",
        /// Two-way: removes both directions.
        Both = "Delete_Type_Both",
    }
}

crate::wire_enum! {
    /// How friendships are checked (`CheckType` of `friend_check`).
    pub enum FriendCheckType: text {
        /// Only whether `To_Account` is in `From_Account`'s friend list.
        Single = "CheckResult_Type_Single",
        /// Both directions.
        Both = "CheckResult_Type_Both",
    }
}

crate::wire_enum! {
    /// The friendship found by `friend_check` (`Relation`).
    pub enum FriendRelation: text {
        /// Each is in the other's friend list.
        BothWay = "CheckResult_Type_BothWay",
        /// `To_Account` is in `From_Account`'s list (the reverse is not, or was not checked).
        AWithB = "CheckResult_Type_AWithB",
        /// Only `From_Account` is in `To_Account`'s list.
        BWithA = "CheckResult_Type_BWithA",
        /// Neither (or, in a one-way check, `To_Account` is not in `From_Account`'s list).
        NoRelation = "CheckResult_Type_NoRelation",
    }
}

crate::wire_enum! {
    /// How blocklists are checked (`CheckType` of `black_list_check`).
    pub enum BlackCheckType: text {
        /// Only whether `To_Account` is in `From_Account`'s blocklist.
        Single = "BlackCheckResult_Type_Single",
        /// Both directions.
        Both = "BlackCheckResult_Type_Both",
    }
}

crate::wire_enum! {
    /// The blocklist relation found by `black_list_check` (`Relation`).
    pub enum BlackRelation: text {
        /// Each is in the other's blocklist.
        BothWay = "BlackCheckResult_Type_BothWay",
        /// `To_Account` is in `From_Account`'s blocklist (the reverse is not, or was not checked).
        AWithB = "BlackCheckResult_Type_AWithB",
        /// Only `From_Account` is in `To_Account`'s blocklist.
        BWithA = "BlackCheckResult_Type_BWithA",
        /// Neither (or, in a one-way check, `To_Account` is not in `From_Account`'s blocklist).
        No = "BlackCheckResult_Type_NO",
    }
}

crate::wire_enum! {
    /// Whether `group_get` also returns each friend list's members (`NeedFriend`).
    pub enum NeedFriend: text {
        /// Return the members (only honoured when no `GroupName` is given).
        Yes = "Need_Friend_Type_Yes",
    }
}
