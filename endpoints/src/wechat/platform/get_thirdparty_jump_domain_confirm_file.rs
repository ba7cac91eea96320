//! `getThirdpartyJumpDomainConfirmFile`: `POST /cgi-bin/component/get_domain_confirmfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/domain-mgnt/getThirdpartyJumpDomainConfirmFile.html>.
//! Note: the file must be reachable at the root of each business domain before `modifyThirdpartyJumpDomain` adds it.
//! Unverified: per-endpoint error table not captured.
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the verification file the platform's Mini Program business domains must serve.
#[wx_endpoint(
    name = "getThirdpartyJumpDomainConfirmFile",
    path = "/cgi-bin/component/get_domain_confirmfile",
    credential = component,
    credential_param = access_token,
    response = DomainConfirmFile,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetThirdpartyJumpDomainConfirmFile;

/// The verification file, as `getThirdpartyJumpDomainConfirmFile` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DomainConfirmFile {
    /// The file's name.
    pub file_name: String,
    /// The file's content.
    pub file_content: String,
}
