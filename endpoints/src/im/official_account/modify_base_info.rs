//! `modify_official_account_base_info`: `POST /v4/official_account_open_http_svc/modify_official_account_base_info`,
//! change an official account's profile.
//!
//! Source: the official page (Tencent Cloud IM, official accounts):
//! <https://www.tencentcloud.com/document/product/1047/60757>. Byte limits count UTF-8: one
//! Chinese character is 3 bytes.

use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Modifies an official account's name, introduction, avatar, organization, custom data or
/// subscriber limit. Unset fields are left out of the request and stay unchanged.
#[wx_endpoint(
    name = "modify_official_account_base_info",
    family = im,
    path = "/v4/official_account_open_http_svc/modify_official_account_base_info",
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyOfficialAccountBaseInfo {
    /// The official account to modify: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// The new name (at most 150 bytes).
    #[wx(max_bytes = 150)]
    pub name: Option<String>,
    /// The new introduction (at most 400 bytes).
    #[wx(max_bytes = 400)]
    pub introduction: Option<String>,
    /// Avatar URL.
    #[wx(max_bytes = 500)]
    pub face_url: Option<String>,
    /// The organization the account belongs to.
    #[wx(max_bytes = 500)]
    pub organization: Option<String>,
    /// Application-defined data.
    #[wx(max_bytes = 3000)]
    pub custom_string: Option<String>,
    /// Maximum number of subscribers (100,000 when never set).
    pub max_subscriber_num: Option<u32>,
}
