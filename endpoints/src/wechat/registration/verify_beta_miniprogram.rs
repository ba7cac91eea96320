//! `verifyBetaMiniprogram`: `POST /wxa/verifybetaweapp`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-regist-beta/verfifyBetaMiniprogram.html>.
//! Note: the legal person confirms with a face check; the result is pushed to the authorization event URL. The trial name suffix stays until renamed.
//! Unverified: per-endpoint error table not captured; which `verify_info` fields are optional (only `component_phone` assumed).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Turns a trial (beta) Mini Program into a verified enterprise Mini Program through the legal person's face check.
#[wx_endpoint(
    name = "verifyBetaMiniprogram",
    path = "/wxa/verifybetaweapp",
    perm_sets = [81],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct VerifyBetaMiniprogram {
    /// The enterprise and its legal person.
    pub verify_info: BetaVerifyInfo,
}

/// The enterprise and legal person that verify a trial Mini Program (`verify_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BetaVerifyInfo {
    /// The enterprise's name, as registered with the authorities.
    pub enterprise_name: String,
    /// The enterprise code.
    pub code: String,
    /// 1 unified social credit code (18 characters), 2 organization code (9), 3 business license registration number (15).
    pub code_type: u8,
    /// The legal person's WeChat ID.
    pub legal_persona_wechat: String,
    /// The legal person's name.
    pub legal_persona_name: String,
    /// The legal person's ID card number.
    pub legal_persona_idcard: String,
    /// The third-party platform's contact phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component_phone: Option<String>,
}
