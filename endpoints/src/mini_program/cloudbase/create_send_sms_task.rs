//! `createSendSmsTask`: `POST /tcb/createsendsmstask`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.createSendSmsTask.html>.
//! Note: `template_id` and `use_short_name` are in the OpenApiDoc twin (miniprogram/dev/OpenApiDoc/cloudbase/createSendSmsTask.html)
//! and the newer server/API page, not in the stored page's table; both are optional here. Permission sets 49 and 64
//! are from the OpenApiDoc twin; the newer page names 49 only. -601033 comes from the newer page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates an SMS task from an uploaded CSV file; the messages link to the CloudBase static website, which opens the Mini Program.
#[wx_endpoint(
    name = "createSendSmsTask",
    path = "/tcb/createsendsmstask",
    perm_sets = [49, 64],
    response = SmsTaskCreated,
    errors(
        use CommonError,
        -501007 => InvalidParameter: "invalid parameter; errmsg says which",
        -601027 => InvalidEnv: "invalid environment",
        -601028 => StaticWebsiteNotEnabled: "the environment has no static website enabled",
        -601032 => NicknameEmpty: "the Mini Program's name must not be empty",
        -601033 => PersonalSubjectNotSupported: "only Mini Programs of non-personal subjects may send",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateSendSmsTask {
    /// The CloudBase environment's id.
    pub env: String,
    /// The CSV file's `CodeUri`, from `describeExtensionUploadInfo` (file type `SMS`).
    pub file_url: String,
    /// The SMS template's id; the marketing template when left out.
    pub template_id: Option<String>,
    /// Whether the message uses the Mini Program's short name (needed when the name is longer than 12 characters).
    pub use_short_name: Option<bool>,
}

/// The task created by `createSendSmsTask`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsTaskCreated {
    /// The query id, for `describeSmsRecords`.
    pub query_id: String,
}
