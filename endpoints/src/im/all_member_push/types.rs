//! Types shared by the push-to-all-users commands.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One user's attributes: `{"To_Account": "...", "Attrs": {"sex": "M", "city": "Shenzhen"}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAttrs {
    /// The user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Attribute name to value (names as set with `im_set_attr_name`; values at most 50 bytes).
    #[serde(rename = "Attrs", default)]
    pub attrs: BTreeMap<String, String>,
}

/// The attributes to delete from one user: `{"To_Account": "...", "Attrs": ["sex", "city"]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAttrNames {
    /// The user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The names of the attributes to delete.
    #[serde(rename = "Attrs", default)]
    pub attrs: Vec<String>,
}

/// One user's tags: `{"To_Account": "...", "Tags": ["a", "b"]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserTags {
    /// The user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The tags (each at most 50 bytes; at most 10 per user in one request).
    #[serde(rename = "Tags", default)]
    pub tags: Vec<String>,
}

/// Whom `im_push` reaches; everyone when unset. Attribute conditions and tag conditions are
/// mutually exclusive (90039); `AttrsOr` with `AttrsAnd`, and `TagsOr` with `TagsAnd`, may be
/// combined. Each tag list holds at most 10 tags of at most 50 bytes (90032, 90020).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PushCondition {
    /// Users matching any of these attribute values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attrs_or: Option<BTreeMap<String, String>>,
    /// Users matching all of these attribute values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attrs_and: Option<BTreeMap<String, String>>,
    /// Users with any of these tags (at most 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_or: Option<Vec<String>>,
    /// Users with all of these tags (at most 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_and: Option<Vec<String>>,
}
