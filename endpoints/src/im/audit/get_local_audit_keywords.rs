//! `get_local_audit_keywords`: `POST /v4/im_msg_audit_mgr/get_local_audit_keywords`.
//!
//! Source: no official page for the local-moderation keyword commands was found in the stored
//! pages (the English site documents only the cloud ones, 77827-77832).
//! Unverified: every field, limit and error row, taken as public SDKs model the command.

use serde::Deserialize;

use super::types::{FilterType, LocalAuditWord};
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads local (in-app) blocked words, a page at a time (at most 100 per call), optionally
/// filtered by handling type and a fuzzy keyword.
#[wx_endpoint(
    name = "get_local_audit_keywords",
    family = im,
    path = "/v4/im_msg_audit_mgr/get_local_audit_keywords",
    response = LocalKeywords,
    idempotent,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetLocalAuditKeywords {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// Only words with this handling type.
    pub filter_type: Option<FilterType>,
    /// Where to start in the list.
    pub offset: u32,
    /// How many words to return (at most 100).
    #[wx(range = 1..=100)]
    pub limit: u32,
    /// A fuzzy filter on the words; all words (paged) when unset.
    pub keyword: Option<String>,
}

/// A page of local blocked words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct LocalKeywords {
    /// The request's unique ID.
    pub request_id: String,
    /// The words on this page.
    pub local_audit_words: Vec<LocalAuditWord>,
    /// The app's total number of words.
    pub total_count: u64,
    /// The app's number of regular-expression words.
    pub total_reg_count: u64,
    /// The number of words matching the filters.
    pub cur_count: u64,
    /// The number of regular-expression words matching the filters.
    pub cur_reg_count: u64,
}
