//! Types shared by the profile commands.

use serde::{Deserialize, Serialize};

/// A profile field's value: text (`string`/`bytes` fields) or an integer (`uint32`/`uint64` fields,
/// standard fields only), as the field's tag decides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ProfileValue {
    /// A string value (nickname, gender, allow type, avatar URL, custom fields, ...).
    Text(String),
    /// An integer value (birthday, language, level, role, ...).
    Number(i64),
}

impl Default for ProfileValue {
    fn default() -> Self {
        ProfileValue::Text(String::new())
    }
}

impl From<&str> for ProfileValue {
    fn from(text: &str) -> Self {
        ProfileValue::Text(text.to_owned())
    }
}

impl From<String> for ProfileValue {
    fn from(text: String) -> Self {
        ProfileValue::Text(text)
    }
}

impl From<i64> for ProfileValue {
    fn from(number: i64) -> Self {
        ProfileValue::Number(number)
    }
}

/// One profile field: `{"Tag": "Tag_Profile_IM_Nick", "Value": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileItem {
    /// The field's tag: a standard tag (the constants below) or `Tag_Profile_Custom_<keyword>`.
    #[serde(rename = "Tag")]
    pub tag: String,
    /// The field's value (strings at most 500 bytes).
    #[serde(rename = "Value")]
    pub value: ProfileValue,
}

impl ProfileItem {
    /// Nickname (string, at most 500 bytes).
    pub const NICK: &'static str = "Tag_Profile_IM_Nick";
    /// Gender (string: see [`Gender`]).
    pub const GENDER: &'static str = "Tag_Profile_IM_Gender";
    /// Date of birth (uint32, e.g. 20190419).
    pub const BIRTHDAY: &'static str = "Tag_Profile_IM_BirthDay";
    /// Location (string, at most 16 bytes).
    pub const LOCATION: &'static str = "Tag_Profile_IM_Location";
    /// Personal signature (string, at most 500 bytes).
    pub const SELF_SIGNATURE: &'static str = "Tag_Profile_IM_SelfSignature";
    /// How friend requests are approved (string: see [`AllowType`]).
    pub const ALLOW_TYPE: &'static str = "Tag_Profile_IM_AllowType";
    /// Language (uint32, mapped by the app).
    pub const LANGUAGE: &'static str = "Tag_Profile_IM_Language";
    /// Avatar URL (string, at most 500 bytes).
    pub const IMAGE: &'static str = "Tag_Profile_IM_Image";
    /// Whether the administrator forbids the user to send friend requests (string: see [`AdminForbidType`]).
    pub const ADMIN_FORBID_TYPE: &'static str = "Tag_Profile_IM_AdminForbidType";
    /// Level (uint32).
    pub const LEVEL: &'static str = "Tag_Profile_IM_Level";
    /// Role (uint32).
    pub const ROLE: &'static str = "Tag_Profile_IM_Role";

    /// A field from its tag and value.
    pub fn new(tag: impl Into<String>, value: impl Into<ProfileValue>) -> Self {
        ProfileItem { tag: tag.into(), value: value.into() }
    }
}

crate::wire_enum! {
    /// Values of `Tag_Profile_IM_Gender`.
    pub enum Gender: text {
        /// Not set.
        Unknown = "Gender_Type_Unknown",
        /// Female.
        Female = "Gender_Type_Female",
        /// Male.
        Male = "Gender_Type_Male",
    }
}

crate::wire_enum! {
    /// Values of `Tag_Profile_IM_AllowType`.
    pub enum AllowType: text {
        /// Friend requests need the user's approval.
        NeedConfirm = "AllowType_Type_NeedConfirm",
        /// Friend requests are accepted automatically.
        AllowAny = "AllowType_Type_AllowAny",
        /// Friend requests are rejected.
        DenyAny = "AllowType_Type_DenyAny",
    }
}

crate::wire_enum! {
    /// Values of `Tag_Profile_IM_AdminForbidType`.
    pub enum AdminForbidType: text {
        /// The user may send friend requests (the default; wire value `AdminForbid_Type_None`).
        Allowed = "AdminForbid_Type_None",
        /// The user may not send friend requests.
        SendOut = "AdminForbid_Type_SendOut",
    }
}

/// The reply of a command that returns nothing besides the envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Acknowledged {
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
