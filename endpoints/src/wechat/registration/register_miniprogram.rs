//! `registerMiniprogram`: `POST /cgi-bin/component/fastregisterweapp?action=create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ent/registerMiniprogram.html>.
//! Note: tasks for the same information run one at a time; the result is pushed to the authorization event URL (`notify_third_fasteregister`).
//! Note: since 2023-12-25 the new account is not verified; verification is a separate request.
//! Unverified: the captured error table (the fast-registration document, Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html) ends at 89250; rows 89251-89255 are known only from secondary error lists.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Starts the fast registration of an enterprise Mini Program; the legal person confirms it with a face check in WeChat.
#[wx_endpoint(
    name = "registerMiniprogram",
    path = "/cgi-bin/component/fastregisterweapp",
    query = "action=create",
    credential = component,
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
pub struct RegisterMiniprogram {
    /// The enterprise's name, as registered with the authorities ("个体户" + the legal person's name for an unnamed sole proprietorship).
    pub name: String,
    /// The enterprise code.
    pub code: String,
    /// 1 unified social credit code (18 characters), 2 organization code (9, `xxxxxxxx-x`), 3 business license registration number (15).
    #[wx(one_of = [1, 2, 3])]
    pub code_type: u8,
    /// The legal person's WeChat ID.
    pub legal_persona_wechat: String,
    /// The legal person's name (as bound to their bank card).
    pub legal_persona_name: String,
    /// The third-party platform's contact phone.
    pub component_phone: Option<String>,
}
