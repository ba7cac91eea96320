//! `destroy_group`: `POST /v4/group_open_http_svc/destroy_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34896>.
//! Note: a disbanded group cannot be restored. Every group type is supported.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Disbands a group.
#[wx_endpoint(
    name = "destroy_group",
    family = im,
    path = "/v4/group_open_http_svc/destroy_group",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DestroyGroup {
    /// The group to disband.
    #[wx(non_empty)]
    pub group_id: String,
}
