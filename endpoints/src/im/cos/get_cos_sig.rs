//! `get_cos_sig`: `POST /v4/im_cos_msg/get_cos_sig`.
//!
//! Source: the Chinese "聊天文件签名" page of the IM server API (cloud.tencent.com/document/product/269).
//! Unverified: the page is not in the stored corpus (no English twin found); the fields are from the
//! doocs SDK's record of it. Only files uploaded by the IM SDK (native 4.9+, web 2.0+) are covered.
//! No own error rows are declared and no golden example is recorded.

use serde::{Deserialize, Serialize};

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Gets full-control signed URLs (valid 15 minutes; they open banned files too) and the status of
/// chat files.
#[wx_endpoint(
    name = "get_cos_sig",
    family = im,
    path = "/v4/im_cos_msg/get_cos_sig",
    response = CosSignatures,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetCosSig {
    /// The files to sign.
    #[serde(rename = "RawURLs")]
    #[wx(non_empty)]
    pub raw_urls: Vec<CosFile>,
}

/// One file to sign (`RawURLs` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CosFile {
    /// An ID for this file, unique within the request; the result carries it back.
    #[serde(rename = "ResourceID")]
    pub resource_id: i64,
    /// The file's URL, from the rich-media message's URL field.
    #[serde(rename = "RawURL")]
    pub raw_url: String,
}

crate::wire_enum! {
    /// A chat file's status.
    pub enum CosFileStatus: code {
        /// 0: normal; SDKs can access it.
        Normal = 0,
        /// 1: banned; only the signed URL opens it.
        Banned = 1,
        /// 2: does not exist (possibly expired and deleted).
        NotFound = 2,
    }
}

/// One file's signature (`PreSigURLs` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CosSignature {
    /// The `ResourceID` of the request's file.
    #[serde(rename = "ResourceID")]
    pub resource_id: i64,
    /// This file's result code (0: success).
    #[serde(rename = "Code")]
    pub code: Option<i64>,
    /// This file's result description.
    #[serde(rename = "Desc")]
    pub desc: Option<String>,
    /// Full-control signed URL, valid 15 minutes.
    #[serde(rename = "PreSigURL")]
    pub pre_sig_url: Option<String>,
    /// The file's status.
    #[serde(rename = "Status")]
    pub status: Option<CosFileStatus>,
}

impl CosSignature {
    /// This file's own failure code.
    pub fn failure(&self) -> Option<i64> {
        self.code.filter(|&code| code != 0)
    }
}

/// The signatures read by `get_cos_sig`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CosSignatures {
    /// One result per requested file.
    #[serde(rename = "PreSigURLs")]
    pub pre_sig_urls: Vec<CosSignature>,
}
