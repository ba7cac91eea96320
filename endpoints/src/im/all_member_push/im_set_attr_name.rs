//! `im_set_attr_name`: `POST /v4/all_member_push/im_set_attr_name`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37167>.
//! Note: the wire map's keys are attribute numbers as strings ("0" to "9"); the client does not
//! check the 10-entry and 50-byte limits (no rule applies to maps).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Names the app's custom user attributes (at most 10, numbered 0 to 9; names at most 50 bytes).
/// At most 100 calls per second.
#[wx_endpoint(
    name = "im_set_attr_name",
    family = im,
    path = "/v4/all_member_push/im_set_attr_name",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImSetAttrName {
    /// Attribute number ("0" to "9") to attribute name.
    #[serde(rename = "AttrNames")]
    pub attr_names: BTreeMap<String, String>,
}
