//! `addEmbedded`: `POST /wxaapi/wxaembedded/add_embedded`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/embedded-management/addEmbedded.html>.
//! Note: a Mini Program may open at most 10 half-screen Mini Programs and apply at most 50 times a day, 3 times in 24 h for the same one.
//! Unverified: error rows after 89412: the stored copies of the page are cut off there; the rest follow the page's table as other projects transcribe it.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies to open another Mini Program half-screen; follow the result with `getEmbeddedList`.
#[wx_endpoint(
    name = "addEmbedded",
    path = "/wxaapi/wxaembedded/add_embedded",
    perm_sets = [18],
    errors(
        use CommonError,
        89408 => EmbeddedSystemError: "half-screen Mini Program system error",
        89409 => InvalidListParameter: "invalid parameter for the half-screen Mini Program list",
        89410 => InvalidAppid: "invalid appid of the Mini Program to add",
        89411 => AppidMissing: "the appid of the Mini Program to add is empty",
        89412 => ReasonTooLong: "the application reason exceeds 30 characters",
        89413 => TargetApplicationLimit: "the Mini Program reached its limit of applications in 24 h",
        89414 => DailyApplicationLimit: "only 50 half-screen applications are allowed a day",
        89418 => DailyApplicationCountFailed: "failed to read the daily application count",
        89419 => DailyAuthorizationCountFailed: "failed to read the daily authorization count",
        89420 => PersonalSubjectUnsupported: "Mini Programs of a personal subject cannot be added",
        89423 => ApplicationLimitReached: "the number of applications reached the limit",
        89424 => AuthorizationLimitReached: "the number of authorizations reached the limit",
        89425 => ApplicationTimedOut: "the application timed out",
        89426 => ApplicationStateAbnormal: "the application is in an abnormal state",
        89427 => SameAppid: "the applying and the applied-for Mini Program are the same",
        89428 => AlreadyApplied: "already applied for this Mini Program; it cannot be added twice",
        89429 => SameTargetDailyLimit: "the daily limit of applications for the same Mini Program is reached",
        89430 => AutoRejecting: "the Mini Program rejects applications automatically",
        89431 => UnsupportedMiniProgramType: "this type of Mini Program is not supported",
        89432 => NotMiniProgram: "not a Mini Program",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddEmbedded {
    /// The AppID of the Mini Program to open half-screen.
    pub appid: String,
    /// Why it is applied for, at most 30 characters.
    #[wx(chars = ..=30)]
    pub apply_reason: String,
}
