//! `addToTemplate`: `POST /wxa/addtotemplate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/thirdparty-management/template-management/addToTemplate.html>.
//! Note: the template library holds at most 200 templates.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a draft to the platform's code template library, where it persists as a template.
#[wx_endpoint(
    name = "addToTemplate",
    path = "/wxa/addtotemplate",
    credential = component,
    credential_param = access_token,
    errors(
        use CommonError,
        85064 => TemplateNotFound: "the draft or template was not found",
        85065 => TemplateListFull: "the template library is full (200 templates)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddToTemplate {
    /// The draft's id (from `getTemplatedRaftList`). Sent as a number; read from a number or a
    /// string (the page's own sample prints `"1"`).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub draft_id: u64,
    /// 0 an ordinary template (default), 1 a standard template.
    #[wx(one_of = [0, 1])]
    pub template_type: Option<u8>,
}
