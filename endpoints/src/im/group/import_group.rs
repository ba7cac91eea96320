//! `import_group`: `POST /v4/group_open_http_svc/import_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34967>.
//! Note: for apps migrating to IM; no callbacks or notifications. Not for AVChatRoom groups
//! (10007): create one and modify its profile instead.
//! Unverified: the stored page stops at the start of the first request example (`Owner_Account`,
//! `Type`, and `CreateTime` named in its lead-in). The rest of the example, the field list (that of
//! `create_group` without members, plus `CreateTime`), the response (`GroupId`) and the own error
//! rows (10021, 80001, as `create_group` lists them) follow the page's Chinese twin as remembered,
//! not as read.

use super::types::{AppDefinedData, ApplyJoinOption, GroupType};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Imports a group's profile, optionally with its original creation time.
#[wx_endpoint(
    name = "import_group",
    family = im,
    path = "/v4/group_open_http_svc/import_group",
    response = ImportedGroup,
    errors(
        use ImCommonError,
        use GroupError,
        10021 => GroupIdTaken: "the custom group ID is already used; choose another",
        80001 => ContentRejected: "the name, notice or introduction failed the content security check",
    ),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportGroup {
    /// The group owner's UserID; the group has no owner when unset.
    #[serde(rename = "Owner_Account")]
    pub owner_account: Option<String>,
    /// The group's type (`Private`, `Public`, `ChatRoom` or `Community`; not `AVChatRoom`).
    #[serde(rename = "Type")]
    pub group_type: GroupType,
    /// A custom group ID; generated when unset.
    pub group_id: Option<String>,
    /// The group's name.
    #[wx(non_empty)]
    pub name: String,
    /// The group's introduction.
    pub introduction: Option<String>,
    /// The group's notice.
    pub notification: Option<String>,
    /// The group's avatar URL.
    pub face_url: Option<String>,
    /// The maximum number of members.
    pub max_member_count: Option<u32>,
    /// How requests to join are handled.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// Group custom fields (configured in the IM console first).
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// When the group was created (Unix seconds); the time of the call when unset.
    pub create_time: Option<i64>,
}

/// The imported group's ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportedGroup {
    /// The group's ID.
    pub group_id: String,
}
