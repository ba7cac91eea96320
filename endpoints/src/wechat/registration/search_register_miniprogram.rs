//! `searchRegisterMiniprogram`: `POST /cgi-bin/component/fastregisterweapp?action=search`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ent/registerMiniprogram.html>.
//! Note: the page documents this call as the second step of `registerMiniprogram` and gives it no name of its own; the name is chosen here.
//! Unverified: the captured error table (the fast-registration document, Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html) ends at 89250; rows 89251-89255 are known only from secondary error lists.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Queries the state of an enterprise Mini Program fast-registration task; the error code tells the state.
#[wx_endpoint(
    name = "searchRegisterMiniprogram",
    path = "/cgi-bin/component/fastregisterweapp",
    query = "action=search",
    credential = component,
    idempotent,
    errors(
        use CommonError,
        61070 => NameMismatch: "the legal person's name does not match the WeChat ID",
        86004 => InvalidWechat: "invalid WeChat ID",
        89247 => InnerError: "internal error; retry later",
        89248 => InvalidCodeType: "invalid enterprise code type",
        89249 => TaskRunning: "a task for this subject is running; retry 24 hours after the last one",
        89250 => TaskNotFound: "task not found",
        89251 => AwaitingFaceVerification: "the template message was sent; waiting for the legal person's face verification",
        89252 => FrontChecking: "the legal person and enterprise information are being checked",
        89253 => MissingParameter: "a parameter is missing",
        89254 => PermissionSetsIncomplete: "the platform lacks permission sets; add them and publish to take effect",
        89255 => InvalidCode: "invalid enterprise code: its length and content depend on code_type",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SearchRegisterMiniprogram {
    /// The enterprise's name.
    pub name: String,
    /// The legal person's WeChat ID.
    pub legal_persona_wechat: String,
    /// The legal person's name (as bound to their bank card).
    pub legal_persona_name: String,
}
