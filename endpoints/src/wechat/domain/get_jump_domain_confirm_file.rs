//! `getJumpDomainConfirmFile`: `POST /wxa/get_webviewdomain_confirmfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/getJumpDomainConfirmFile.html>.
//! Unverified: perm set 18 assumed (page not captured); WxJava posts '{}'.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the file that proves ownership of a business domain.
#[wx_endpoint(
    name = "getJumpDomainConfirmFile",
    path = "/wxa/get_webviewdomain_confirmfile",
    perm_sets = [18],
    response = ConfirmFile,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetJumpDomainConfirmFile;

/// The ownership file returned by `getJumpDomainConfirmFile`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ConfirmFile {
    /// The file's name.
    pub file_name: String,
    /// The file's content.
    pub file_content: String,
}
