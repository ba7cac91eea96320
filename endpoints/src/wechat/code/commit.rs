//! `commit`: `POST /wxa/commit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/commit.html>.
//! Note: after commit wait for the privacy-check task to finish (getCodePrivacyInfo) before submit_audit, else 61039.

use crate::wechat::CommonError;
use crate::{wx_endpoint, JsonString};
use serde::Deserialize;

/// Uploads code from a template with its `ext_json` (then wait for `getCodePrivacyInfo` before `submit_audit`, else 61039).
#[wx_endpoint(
    name = "commit",
    path = "/wxa/commit",
    perm_sets = [18],
    errors(
        use CommonError,
        -60005 => CommitFailed: "commit failed; retry later",
        40014 => InvalidAccessToken: "invalid access_token",
        80066 => InvalidPluginVersion: "invalid plugin version",
        80067 => PluginNotFound: "a plugin in use cannot be found",
        80082 => PluginNotPermitted: "no permission to use the plugin",
        85013 => InvalidExtJson: "invalid ext_json: it does not parse or contains an invalid path",
        85014 => TemplateNotFound: "the template does not exist",
        85043 => InvalidTemplate: "invalid template",
        85044 => PackageTooLarge: "the code package exceeds the size limit",
        85045 => ExtJsonPathMissing: "a path in ext_json does not exist",
        85046 => TabBarPageMissing: "a tabBar page path is missing from the pages",
        85047 => PagesEmpty: "pages are empty",
        85048 => ExtJsonParseFailed: "ext_json could not be parsed",
        85310 => WrongPrivateInfoApi: "requiredPrivateInfos names a wrong API",
        85311 => PrivateInfoApisExclusive: "requiredPrivateInfos APIs are mutually exclusive",
        85312 => PrivateInfoApiNotAuthorized: "a requiredPrivateInfos API is not authorized",
        9402202 => ConcurrentLimit: "concurrency limit; retry",
        9402203 => InvalidStandardTemplateExtJson: "invalid ext_json for a standard template",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Commit {
    /// From the platform's template list. Sent as a number (the current page's type); read from a
    /// number or a string (older pages print `"0"`).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub template_id: u64,
    /// `extAppid`, `ext`, `extPages`, `pages`, `window`, `tabBar`, `plugins`, ... sent as a JSON string.
    pub ext_json: JsonString<serde_json::Value>,
    /// The code's version, as the developer names it.
    #[wx(chars = 1..=64)]
    pub user_version: String,
    /// The code's description.
    pub user_desc: String,
}
