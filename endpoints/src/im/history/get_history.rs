//! `get_history`: `POST /v4/open_msg_svc/get_history`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34885>.
//! Note: the files are GZip-compressed logs of one hour (Beijing time), ready about an hour later
//! and kept 7 days; download them before `ExpireTime`, else call again. Meant for backup and
//! statistics, not for online use.
//! Unverified: the stored copy of the page ends before its field tables, examples and error table;
//! fields are from the Chinese twin (<https://cloud.tencent.com/document/product/269/1650>) as the doocs
//! SDK records them, and the golden example is reconstructed. No own error rows are declared.

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// Which messages to download (`ChatType`).
    pub enum ChatType: text {
        /// One-to-one messages.
        C2c = "C2C",
        /// Group messages.
        Group = "Group",
    }
}

/// Gets the download addresses of all one-to-one or group messages of one hour in the last 7 days.
#[wx_endpoint(
    name = "get_history",
    family = im,
    path = "/v4/open_msg_svc/get_history",
    response = HistoryFiles,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetHistory {
    /// One-to-one (`C2C`) or group (`Group`) messages.
    pub chat_type: ChatType,
    /// The hour, as `YYYYMMDDHH` (e.g. `2015120121`: 21:00-21:59 on 2015-12-01).
    #[wx(non_empty)]
    pub msg_time: String,
}

/// One message log file (`File` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct HistoryFile {
    /// Download URL of the file.
    #[serde(rename = "URL")]
    pub url: String,
    /// When the URL expires, e.g. `2015-12-02 21:41:59`.
    #[serde(rename = "ExpireTime")]
    pub expire_time: String,
    /// Size in bytes before compression.
    #[serde(rename = "FileSize")]
    pub file_size: u64,
    /// MD5 before compression.
    #[serde(rename = "FileMD5")]
    pub file_md5: String,
    /// Size in bytes after GZip compression.
    #[serde(rename = "GzipSize")]
    pub gzip_size: u64,
    /// MD5 after GZip compression.
    #[serde(rename = "GzipMD5")]
    pub gzip_md5: String,
}

/// The log files of the requested hour.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct HistoryFiles {
    /// The files' download information.
    #[serde(rename = "File")]
    pub file: Vec<HistoryFile>,
}
