//! `add_local_audit_keywords`: `POST /v4/im_msg_audit_mgr/add_local_audit_keywords`.
//!
//! Source: no official page for the local-moderation keyword commands was found in the stored
//! pages (the English site documents only the cloud ones, 77827-77832).
//! Unverified: every field, limit and error row, taken as public SDKs model the command.

use serde::Deserialize;

use super::types::{AuditReceipt, LocalAuditWord};
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds up to 10 blocked words to local (in-app) moderation.
#[wx_endpoint(
    name = "add_local_audit_keywords",
    family = im,
    path = "/v4/im_msg_audit_mgr/add_local_audit_keywords",
    response = AuditReceipt,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddLocalAuditKeywords {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// The words to add (at most 10).
    #[wx(non_empty, max_items = 10)]
    pub local_audit_words: Vec<LocalAuditWord>,
}
