//! `fastRegisterPersonalMp`: `POST /wxa/component/fastregisterpersonalweapp?action=create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ind/fastRegisterPersonalMp.html>.
//! Note: Mini Programs registered this way cannot bind a WeChat Pay merchant number; the result is pushed to the authorization event URL.
//! Unverified: per-endpoint error table not captured; status codes 7-12 are beyond the captured part of the page's table (7 phone code sent, 8 phone check failed, 9 phone checked, 11 creation failed, 12 created).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Starts the fast registration of a personal Mini Program; the user confirms it through `authorize_url`.
#[wx_endpoint(
    name = "fastRegisterPersonalMp",
    path = "/wxa/component/fastregisterpersonalweapp",
    query = "action=create",
    credential = component,
    response = PersonalRegisterTask,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct FastRegisterPersonalMp {
    /// The user's name.
    pub idname: String,
    /// The user's WeChat ID.
    pub wxuser: String,
    /// The third-party platform's contact phone.
    pub component_phone: Option<String>,
}

/// A personal registration task, as `fastRegisterPersonalMp` and `queryFastRegisterPersonalMp` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PersonalRegisterTask {
    /// The task's id, for `queryFastRegisterPersonalMp`.
    pub taskid: String,
    /// The URL the user opens to confirm and verify.
    pub authorize_url: String,
    /// The task's state.
    pub status: Option<PersonalRegisterStatus>,
}

crate::wire_enum! {
    /// The state of a personal registration task (`status`).
    pub enum PersonalRegisterStatus: code {
        /// 0: task created.
        TaskCreated = 0,
        /// 1: timed out (tasks last 24 hours).
        TimedOut = 1,
        /// 2: the user refused.
        Refused = 2,
        /// 3: the user agreed.
        Agreed = 3,
        /// 4: face verification started.
        FaceVerificationStarted = 4,
        /// 5: face verification failed.
        FaceVerificationFailed = 5,
        /// 6: face verification passed.
        FaceVerified = 6,
        /// 7: after face verification, a code was sent to the phone.
        PhoneCodeSent = 7,
        /// 8: phone verification failed.
        PhoneVerificationFailed = 8,
        /// 9: phone verification passed.
        PhoneVerified = 9,
        /// 11: creating the Mini Program failed.
        CreateFailed = 11,
        /// 12: the Mini Program was created.
        MiniProgramCreated = 12,
    }
}
