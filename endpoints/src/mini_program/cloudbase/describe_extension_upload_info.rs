//! `describeExtensionUploadInfo`: `POST /tcb/describeextensionuploadinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.describeExtensionUploadInfo.html>.
//! Note: the page's tables list `ExtensionFiles` in the body and `FilesData`/`RequestId` beside errcode, but every
//! version of its examples (stored page, OpenApiDoc twin, newer server/API page) wraps the request in `PostData` and
//! the answer in `Response`, as the Tencent Cloud API it relays does. The request follows the examples; the answer
//! reads either shape.
//! Note: permission sets 49 and 64 are from the OpenApiDoc twin; the newer page names 49 only.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Gets upload links for extension files (cloud function code, static website code, SMS CSV files).
#[wx_endpoint(
    name = "describeExtensionUploadInfo",
    path = "/tcb/describeextensionuploadinfo",
    perm_sets = [49, 64],
    response = ExtensionUploadInfo,
    errors(
        use CommonError,
        -501007 => InvalidParameter: "invalid parameter; errmsg says which",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DescribeExtensionUploadInfo {
    /// The files to upload.
    #[serde(rename = "PostData")]
    pub post_data: ExtensionUploadRequest,
}

/// The files to upload (`PostData`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExtensionUploadRequest {
    /// The files to upload.
    #[serde(rename = "ExtensionFiles")]
    pub extension_files: Vec<ExtensionFile>,
}

/// A file to upload (`ExtensionFiles`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtensionFile {
    /// What the file holds.
    #[serde(rename = "FileType")]
    pub file_type: ExtensionFileType,
    /// The file's name, at most 24 characters.
    #[serde(rename = "FileName")]
    pub file_name: String,
}

crate::wire_enum! {
    /// What an extension file holds (`FileType`).
    pub enum ExtensionFileType: text {
        /// `FUNCTION`: cloud function code.
        Function = "FUNCTION",
        /// `STATIC`: static website code.
        Static = "STATIC",
        /// `SMS`: an SMS CSV file.
        Sms = "SMS",
    }
}

/// The answer of `describeExtensionUploadInfo`: the Tencent Cloud `Response`, or its fields beside errcode.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExtensionUploadInfo {
    /// The upload information, as the page's examples return it.
    #[serde(rename = "Response")]
    pub response: ExtensionUploadInfoBody,
    /// The upload information per file, as the page's table lists it beside errcode.
    #[serde(rename = "FilesData")]
    pub files_data: Vec<ExtensionFileUpload>,
    /// The request's unique id, as the page's table lists it beside errcode.
    #[serde(rename = "RequestId")]
    pub request_id: String,
}

/// The upload information (`Response`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExtensionUploadInfoBody {
    /// The upload information per file.
    #[serde(rename = "FilesData")]
    pub files_data: Vec<ExtensionFileUpload>,
    /// The request's unique id; give it when reporting a problem.
    #[serde(rename = "RequestId")]
    pub request_id: String,
}

/// A file's upload information (`FilesData`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExtensionFileUpload {
    /// The address to use in templates and tasks (`extension://...`).
    #[serde(rename = "CodeUri")]
    pub code_uri: String,
    /// The signed temporary address to upload the file to (HTTP PUT).
    #[serde(rename = "UploadUrl")]
    pub upload_url: String,
    /// The custom encryption key; empty when no encryption is needed.
    #[serde(rename = "CustomKey")]
    pub custom_key: String,
    /// The file size limit, in MB; larger files are deleted.
    #[serde(rename = "MaxSize")]
    pub max_size: i64,
}
