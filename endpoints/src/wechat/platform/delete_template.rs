//! `deleteTemplate`: `POST /wxa/deletetemplate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/template-management/deleteTemplate.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a code template from the platform's template library.
#[wx_endpoint(
    name = "deleteTemplate",
    path = "/wxa/deletetemplate",
    credential = component,
    credential_param = access_token,
    errors(
        use CommonError,
        85064 => TemplateNotFound: "the template was not found",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteTemplate {
    /// The template's id (from `getTemplateList`). Sent as a number (the page's type); read from a
    /// number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub template_id: u64,
}
