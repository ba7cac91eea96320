//! `getStaticStoreFile`: `POST /componenttcb/staticfilelist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/staticstore-management/getStaticStoreFile.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the files of an environment's static website.
#[wx_endpoint(
    name = "getStaticStoreFile",
    path = "/componenttcb/staticfilelist",
    credential = component,
    credential_param = access_token,
    response = StaticStoreFiles,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetStaticStoreFile {
    /// The environment's id.
    pub env: String,
    /// Lists only files whose path starts with this prefix.
    pub prefix: Option<String>,
    /// Groups paths between `prefix` and this character into one common prefix.
    pub delimiter: Option<String>,
    /// Lists entries, in UTF-8 binary order, from this one on.
    pub marker: Option<String>,
}

/// The files `getStaticStoreFile` lists.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StaticStoreFiles {
    /// The files.
    pub contents: Vec<StaticStoreFile>,
    /// Whether the list was truncated.
    pub is_truncated: bool,
}

/// A file of the static website (`contents`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StaticStoreFile {
    /// The file's path.
    pub key: String,
    /// When it was last changed (ISO 8601).
    pub last_modified: String,
    /// The file's MD5.
    pub md5: String,
    /// The file's size in bytes, as a string.
    pub size: String,
}
