//! `im_get_attr_name`: `POST /v4/all_member_push/im_get_attr_name`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37168>.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the app's attribute names. At most 100 calls per second.
#[wx_endpoint(
    name = "im_get_attr_name",
    family = im,
    path = "/v4/all_member_push/im_get_attr_name",
    response = AttrNames,
    calls_per_second = 100,
    idempotent,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImGetAttrName {}

/// The app's attribute names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AttrNames {
    /// Attribute number ("0" to "9") to attribute name.
    pub attr_names: BTreeMap<String, String>,
}
