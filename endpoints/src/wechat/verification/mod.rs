//! WeChat verification of Mini Programs on the merchant's behalf: materials, submission,
//! resubmission, progress, personal identities.

mod auth_data;
mod auth_identity_tree;
mod query_auth;
mod reauth;
mod upload_auth_material;
mod wxa_auth;

pub use auth_data::{AuthData, ContactInfo, ElectronicInvoice, InvoiceInfo, VatInvoice};
pub use auth_identity_tree::{
    AuthIdentityTree, AuthIdentityTreeError, IdentityLeaf, IdentityNode, IdentityRoot, IdentityTree,
};
pub use query_auth::{AuthApplyStatus, AuthProgress, AuthTaskStatus, QueryAuth, QueryAuthError};
pub use reauth::{Reauth, ReauthError};
pub use upload_auth_material::{AuthMaterial, UploadAuthMaterial, UploadAuthMaterialError};
pub use wxa_auth::{AuthTask, WxaAuth, WxaAuthError};
