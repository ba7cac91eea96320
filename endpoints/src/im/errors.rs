//! The common error codes every Tencent IM REST command may answer (the 60000-79999 range).
//!
//! Source: the IM "Error Codes" page, sections "Common backend error codes" and "Account error codes":
//! <https://www.tencentcloud.com/document/product/1047/34348> (Chinese twin
//! <https://cloud.tencent.com/document/product/269/1671>). Rows marked "(earlier page)" are listed by
//! earlier versions of the page and no longer by the current one; they are kept so a server still
//! answering them decodes to a named variant.
//! Note: the page's common section also lists 80001-80005 (message content checks); they are outside
//! this range and belong to the message commands' own tables.

crate::error_table! {
    /// The common REST API errors (60000-79999) every IM command may answer.
    pub ImCommonError {
        60002 => HttpParseError: "HTTP parsing error; check the request URL format",
        60003 => JsonParseError: "the request body is not valid JSON; check its format",
        60004 => AccountCheckFailed: "the identifier or UserSig check failed; retry later, then check both",
        60005 => AccountCheckError: "the identifier or UserSig check failed; retry later, then check both",
        60006 => InvalidSdkAppId: "invalid SDKAppID; check it (earlier page)",
        60007 => RateLimited: "REST call rate limit exceeded; slow down or raise the limit in the console",
        60008 => RequestTimeout: "service timeout or malformed HTTP request; check the request and retry",
        60009 => BadResource: "wrong request resource; check the request URL",
        60010 => AdminRequired: "needs the app administrator: the identifier must be an admin account",
        60011 => SdkAppIdRateLimited: "the SDKAppID's rate limit is exceeded; retry later (earlier page)",
        60012 => SdkAppIdMissing: "the REST API needs the SDKAppID; check the sdkappid in the URL",
        60013 => ResponseParseError: "the HTTP response could not be parsed as JSON; contact support",
        60014 => AccountCheckTimeout: "account check timed out; check the request and retry",
        60015 => UserIdNotString: "a UserID in the request body is not a string",
        60016 => SdkAppIdDisabled: "the SDKAppID is disabled; contact support",
        60017 => RequestDisabled: "the request is disabled; contact support",
        60018 => TooFrequent: "requests are too frequent; check the call rate and retry later",
        60019 => TooFrequentRetryLater: "requests are too frequent; retry later (earlier page)",
        60020 => ServiceUnavailable: "service unavailable: buy a plan, or top up an account in arrears",
        60021 => SourceIpNotAllowed: "the calling IP address is not allowed; contact support",
        60025 => UrlParameterError: "sdkappid, identifier, usersig or contenttype in the URL is wrong",
        60026 => DomainMismatch: "the domain is not the SDKAppID's data center; use its regional domain",
        60027 => ProductMismatch: "the API does not match the app's product type (non-TPush resources)",
        60028 => TrialQuotaExceeded: "REST requests in the last 24 hours exceed the trial edition's limit",
        70001 => UserSigExpired: "UserSig expired; generate a new one (valid 24 hours or more is advised)",
        70002 => UserSigEmpty: "UserSig is empty; check the usersig passed (earlier page)",
        70003 => UserSigInvalid: "invalid UserSig; generate it again with the official API",
        70005 => UserSigMalformed: "invalid UserSig; generate it again with the official API (earlier page)",
        70009 => UserSigVerifyFailed: "UserSig verification failed; it was made with another SDKAppID's key",
        70013 => UserSigIdentifierMismatch: "the UserID does not match the one the UserSig was made for",
        70014 => UserSigSdkAppIdMismatch: "the SDKAppID does not match the one the UserSig was made for",
        70016 => PublicKeyMissing: "no public key for the UserSig; check the SDKAppID and data center",
        70020 => SdkAppIdNotFound: "the SDKAppID does not exist; check it and the data center",
        70050 => UserSigCheckRateLimited: "UserSig failed too often; check it and retry after 1 minute",
        70051 => AccountBlocked: "the account is blocklisted; contact support",
        70052 => UserSigExpiredRetry: "UserSig expired; generate a new one and retry (earlier page)",
        70107 => AccountNotImported: "the user account is not imported into IM; import it first",
        70114 => LoginRestricted: "login restricted for security reasons; log in less often (earlier page)",
        70169 => InternalTimeout: "server-side timeout; retry later",
        70202 => InternalTimeoutRetry: "server-side timeout; retry later (earlier page)",
        70206 => InvalidBatchSize: "the batch size in the request is invalid (earlier page)",
        70398 => AccountLimitExceeded: "the number of accounts exceeds the edition's limit; upgrade the app",
        70399 => ReimportTooSoon: "a deleted account cannot be imported again for 3 months (non-trial)",
        70402 => InvalidParameter: "invalid request parameter; check required fields and their values",
        70403 => AdminPermissionRequired: "the request needs app administrator permission (earlier page)",
        70404 => SdkVersionTooLow: "the SDK version is too low; upgrade",
        70500 => InternalError: "internal server error; retry later",
        71000 => AccountDeletionUnsupported: "this app may not delete accounts; enable it in the console",
        72000 => DauQuotaExceeded: "daily active users exceed the trial edition's free quota; upgrade",
        72001 => StatusFeatureNotEnabled: "user status query is not enabled; enable it in the console",
        72002 => MauQuotaExceeded: "monthly active users exceed the trial edition's free quota; upgrade",
        72010 => UserRateLimited: "too many login, logout or push-setting requests for one user",
        72011 => DoNotDisturbNotEnabled: "global do-not-disturb is not enabled; enable it in the console",
        72012 => ProfileSubscriptionNotEnabled: "profile change subscription is off; enable it",
    }
}
