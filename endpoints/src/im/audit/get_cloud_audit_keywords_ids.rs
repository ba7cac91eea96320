//! `get_cloud_audit_keywords_ids`: `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77829>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`).
//! Unverified: the stored page is cut inside the response table; the error rows are the
//! family's (`AuditError`).

use serde::Deserialize;

use super::types::Suggestion;
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists the app's cloud keyword libraries, a page at a time (at most 100 per call).
#[wx_endpoint(
    name = "get_cloud_audit_keywords_ids",
    family = im,
    path = "/v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids",
    response = KeywordLibraries,
    idempotent,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCloudAuditKeywordsIds {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// Where to start in the list.
    pub offset: u32,
    /// How many libraries to return (at most 100).
    #[wx(range = 1..=100)]
    pub limit: u32,
}

/// One keyword library.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct KeywordLibrary {
    /// The library's ID (`LibID` of the keyword commands).
    #[serde(rename = "ID")]
    pub id: String,
    /// The library's name.
    pub lib_name: String,
    /// The library's description.
    pub describe: String,
    /// When the library was created, as text.
    pub create_time: String,
    /// What a hit in this library suggests.
    pub suggestion: Option<Suggestion>,
}

/// A page of keyword libraries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct KeywordLibraries {
    /// The request's unique ID.
    pub request_id: String,
    /// The total number of libraries.
    pub total_count: u64,
    /// The libraries on this page.
    pub infos: Vec<KeywordLibrary>,
}
