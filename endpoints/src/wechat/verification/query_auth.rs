//! `secwxaapi_queryauth`: `POST /wxa/sec/queryauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_queryauth.html>.
//! Note: the facts were read on the newer page api_secwxaapi_queryauth.
//! Unverified: the page's error table was not read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Where a verification task's flow stands (`task_status`).
    pub enum AuthTaskStatus: code {
        /// 0: initial state.
        Initial = 0,
        /// 1: the task timed out (it lasts 24 hours).
        TimedOut = 1,
        /// 2: the administrator refused to authorize.
        AuthorizationRefused = 2,
        /// 3: the administrator authorized.
        Authorized = 3,
        /// 4: face verification started.
        FaceVerificationStarted = 4,
        /// 5: face verification failed.
        FaceVerificationFailed = 5,
        /// 6: face verification passed.
        FaceVerified = 6,
        /// 7: after face verification, a phone number was given and a code sent.
        PhoneCodeSent = 7,
        /// 8: phone verification failed.
        PhoneVerificationFailed = 8,
        /// 9: phone verification passed.
        PhoneVerified = 9,
        /// 11: creating the review order failed.
        ReviewOrderFailed = 11,
        /// 12: the review order was created.
        ReviewOrderCreated = 12,
        /// 14: verification failed.
        VerificationFailed = 14,
        /// 15: waiting for payment.
        AwaitingPayment = 15,
    }
}

crate::wire_enum! {
    /// The review order's status (`apply_status`), valid once the review order exists.
    pub enum AuthApplyStatus: code {
        /// 0: no review order.
        NoReviewOrder = 0,
        /// 1: waiting for payment.
        AwaitingPayment = 1,
        /// 2: under review.
        UnderReview = 2,
        /// 3: returned for changes (resubmit with `secwxaapi_reauth`).
        ReturnedForChanges = 3,
        /// 4: verified.
        Verified = 4,
        /// 5: finally failed (it can no longer be changed).
        FinallyFailed = 5,
    }
}

/// Reads the progress of a verification task.
#[wx_endpoint(
    name = "secwxaapi_queryauth",
    path = "/wxa/sec/queryauth",
    perm_sets = [18],
    response = AuthProgress,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct QueryAuth {
    /// The verification task's id.
    #[wx(non_empty)]
    pub taskid: String,
}

/// A verification task's progress, as `secwxaapi_queryauth` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthProgress {
    /// Where the task's flow stands: 0 initial ... 12 review order created, 14 failed, 15 awaiting payment.
    pub task_status: Option<AuthTaskStatus>,
    /// The link the Mini Program's administrator opens to authorize.
    pub auth_url: String,
    /// The review order: 0 none, 1 awaiting payment, 2 under review, 3 returned, 4 verified, 5 failed.
    pub apply_status: Option<AuthApplyStatus>,
    /// The verification order number shown in the Mini Program's console.
    pub orderid: u64,
    /// The Mini Program's AppID.
    pub appid: String,
    /// Why the review order was returned (`apply_status` 3).
    pub refill_reason: String,
    /// Why the review finally failed (`apply_status` 5).
    pub fail_reason: String,
}
