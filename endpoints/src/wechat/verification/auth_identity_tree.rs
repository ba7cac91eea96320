//! `secwxaapi_authidentitytree`: `POST /wxa/sec/authidentitytree`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_authidentitytree.html>.
//! Unverified: the page was not read: the interface name follows the page's address (as its
//! siblings' do), the permission set is its siblings' (18), the fields follow the example. Live
//! answers reported on the developer community carry `name` and `requirement` base64-encoded.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the identities a person may be verified as (`auth_identification` takes a leaf's name).
#[wx_endpoint(
    name = "secwxaapi_authidentitytree",
    path = "/wxa/sec/authidentitytree",
    perm_sets = [18],
    response = IdentityTree,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AuthIdentityTree;

/// The identity trees returned by `secwxaapi_authidentitytree`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IdentityTree {
    /// One tree per kind of identity verification.
    pub identity_tree_list: Vec<IdentityNode>,
}

/// A node of an identity tree: a root, a branch or a leaf.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IdentityNode {
    /// The node's name (a leaf's name goes in `auth_identification`).
    pub name: String,
    /// The node's id.
    pub node_id: u64,
    /// The child nodes (none for a leaf).
    pub node_list: Vec<IdentityNode>,
    /// A leaf's requirements.
    pub leaf_info: Option<IdentityLeaf>,
    /// A root's information.
    pub root_info: Option<IdentityRoot>,
}

/// What verifying as a leaf's identity requires (`leaf_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IdentityLeaf {
    /// The materials the identity needs.
    pub requirement: String,
}

/// A tree root's information (`root_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IdentityRoot {
    /// The tree's type.
    #[serde(rename = "type")]
    pub root_type: i64,
}
