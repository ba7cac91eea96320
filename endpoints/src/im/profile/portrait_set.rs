//! `portrait_set`: `POST /v4/profile/portrait_set`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34916>.
//! Note: the page prints only a failure response (40001); the success reply is the envelope plus
//! `ErrorDisplay`.

use serde::Deserialize;

use super::types::{Acknowledged, ProfileItem};
use super::ProfileError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sets standard and custom profile fields of a user.
#[wx_endpoint(
    name = "portrait_set",
    family = im,
    path = "/v4/profile/portrait_set",
    response = Acknowledged,
    errors(
        use ImCommonError,
        use ProfileError,
        40008 => WriteForbidden: "no permission to write the profile fields",
        40601 => ValueTooLong: "a profile field's value exceeds 500 bytes",
        40605 => InvalidStandardValue: "invalid value for a standard profile field; see the standard profile fields",
        40610 => InvalidStandardValueType: "wrong value type for a standard profile field; see the standard profile fields",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PortraitSet {
    /// The user whose profile is set.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The fields to set.
    #[wx(non_empty)]
    pub profile_item: Vec<ProfileItem>,
}
