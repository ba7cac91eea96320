//! The token endpoints, declared with the same DSL as every other endpoint (so their error tables are
//! typed too). Their responses carry secrets: `sensitive` keeps bodies out of decode errors.
//!
//! Sources: the endpoint catalog and each endpoint's official page:
//! - getAccessToken: <https://developers.weixin.qq.com/doc/service/en/api/base/api_getaccesstoken>
//! - getStableAccessToken:
//!   <https://developers.weixin.qq.com/doc/service/en/api/base/api_getstableaccesstoken.html>
//! - getComponentAccessToken:
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ticket-token/getComponentAccessToken.html>
//! - getPreAuthCode:
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ticket-token/getPreAuthCode.html>
//! - query auth (getAuthorizerRefreshToken):
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ticket-token/getAuthorizerRefreshToken.html>
//! - getAuthorizerAccessToken:
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ticket-token/getAuthorizerAccessToken.html>
//! - startPushTicket:
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/ticket-token/startPushTicket.html>
//! - `api_get_authorizer_list` (getAuthorizerList):
//!   <https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/authorization-management/getAuthorizerList.html>

use serde::Deserialize;
use wx_macros::{error_table, wx_endpoint};

use crate::secret::Secret;

error_table! {
    #[wx(crate = crate)]
    /// The codes both app-token endpoints answer (`getAccessToken`, `getStableAccessToken`).
    pub AppTokenError {
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidSecret: "AppSecret invalid, or not this app's",
        40013 => InvalidAppid: "invalid appid",
        45009 => DailyQuotaExhausted: "the daily token quota is exhausted; do not retry (clear_quota resets it)",
    }
}

error_table! {
    #[wx(crate = crate)]
    /// The codes every component (third-party platform) token endpoint answers: a busy system, and
    /// an invalid `component_appid`, which each of them takes.
    pub ComponentApiError {
        -1 => SystemBusy: "system busy; retry later",
        40013 => InvalidAppid: "invalid appid",
    }
}

/// `{access_token, expires_in}` of the app token endpoints.
#[derive(Clone, Debug, Deserialize)]
pub struct AccessToken {
    /// The access token.
    pub access_token: Secret,
    /// Seconds (7200 today).
    pub expires_in: u64,
}

/// The classic app token: each fetch invalidates the previous token after about 5 minutes, about
/// 2000 fetches a day.
#[wx_endpoint(
    crate = crate,
    name = "getAccessToken",
    path = "/cgi-bin/token",
    method = GET,
    credential = none,
    response = AccessToken,
    sensitive,
    errors(
        use AppTokenError,
        40002 => InvalidGrantType: "grant_type must be client_credential",
        40164 => IpNotWhitelisted: "the caller's IP is not in the API IP whitelist",
        61024 => ComponentAccount: "a third-party platform gets its token from api_component_token",
        89503 => NeedsAdminConfirmation: "the administrator must confirm this call; wait",
        89506 => IpRejectedForADay: "the administrator rejected this IP; retry after 24 hours",
        89507 => IpRejectedForAnHour: "the administrator rejected this IP; retry after 1 hour",
    ),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetAccessToken {
    /// Always `client_credential`.
    pub grant_type: String,
    /// The app's AppID.
    pub appid: String,
    /// The app's AppSecret.
    pub secret: Secret,
}

/// The stable app token: the same token until 5 minutes before it expires, without invalidating
/// other holders; `force_refresh` (20 a day, 30 s apart) replaces it.
#[wx_endpoint(
    crate = crate,
    name = "getStableAccessToken",
    path = "/cgi-bin/stable_token",
    credential = none,
    response = AccessToken,
    sensitive,
    errors(use AppTokenError),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetStableAccessToken {
    /// Always `client_credential`.
    pub grant_type: String,
    /// The app's AppID.
    pub appid: String,
    /// The app's AppSecret.
    pub secret: Secret,
    /// `true` forces a new token, replacing the current one; `false` returns the current one.
    pub force_refresh: bool,
}

/// `{component_access_token, expires_in}` of `getComponentAccessToken`.
#[derive(Clone, Debug, Deserialize)]
pub struct ComponentAccessToken {
    /// The third-party platform's access token.
    pub component_access_token: Secret,
    /// Seconds until the token expires.
    pub expires_in: u64,
}

/// The third-party platform's token, from its AppSecret and the latest pushed verify ticket.
#[wx_endpoint(
    crate = crate,
    name = "getComponentAccessToken",
    path = "/cgi-bin/component/api_component_token",
    credential = none,
    response = ComponentAccessToken,
    sensitive,
    errors(
        40001 => InvalidCredential: "invalid credential",
        40125 => InvalidAppSecret: "invalid component AppSecret",
        41004 => AppSecretMissing: "component_appsecret missing",
        45009 => DailyQuotaExhausted: "the daily token quota is exhausted; do not retry",
        47001 => DataFormat: "request data format error",
        48001 => Unauthorized: "API unauthorized",
        61004 => IpNotRegistered: "the caller's IP is not registered for the platform",
        61005 => TicketExpired: "component_verify_ticket expired; wait for the next push",
        61006 => TicketInvalid: "component_verify_ticket invalid; wait for the next push",
        61011 => InvalidComponent: "invalid third-party platform",
    ),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetComponentAccessToken {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The third-party platform's AppSecret.
    pub component_appsecret: Secret,
    /// The latest `component_verify_ticket` WeChat pushed.
    pub component_verify_ticket: Secret,
}

/// `{pre_auth_code, expires_in}` of `getPreAuthCode`.
#[derive(Clone, Debug, Deserialize)]
pub struct PreAuthCode {
    /// The pre-authorization code.
    pub pre_auth_code: Secret,
    /// Seconds; the document says 1800, its example shows 600.
    pub expires_in: u64,
}

/// A pre-authorization code for the authorization page.
#[wx_endpoint(
    crate = crate,
    name = "getPreAuthCode",
    path = "/cgi-bin/component/api_create_preauthcode",
    credential = component,
    response = PreAuthCode,
    sensitive,
    errors(
        use ComponentApiError,
        45009 => DailyQuotaExhausted: "the daily quota is exhausted; do not retry",
        61004 => IpNotRegistered: "the caller's IP is not registered for the platform",
        61011 => InvalidComponent: "invalid third-party platform",
    ),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetPreAuthCode {
    /// The third-party platform's AppID.
    pub component_appid: String,
}

/// The category of a permission set.
#[derive(Clone, Debug, Deserialize)]
pub struct FuncScopeCategory {
    /// The permission set's ID.
    pub id: u16,
}

/// One granted permission set.
#[derive(Clone, Debug, Deserialize)]
pub struct FuncInfo {
    /// The permission set's category.
    pub funcscope_category: FuncScopeCategory,
}

/// The authorization information `getAuthorizerRefreshToken` returns.
#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizationInfo {
    /// The authorizer's AppID.
    pub authorizer_appid: String,
    /// The authorizer's access token.
    pub authorizer_access_token: Secret,
    /// Seconds until `authorizer_access_token` expires.
    pub expires_in: u64,
    /// The authorizer's refresh token, which gets new access tokens; keep it.
    pub authorizer_refresh_token: Secret,
    /// The permission sets the authorizer granted.
    #[serde(default)]
    pub func_info: Vec<FuncInfo>,
}

/// The response of `getAuthorizerRefreshToken`.
#[derive(Clone, Debug, Deserialize)]
pub struct QueryAuthResponse {
    /// The authorization information.
    pub authorization_info: AuthorizationInfo,
}

/// Exchanges the authorization code (from the redirect or the `authorized` event) for the
/// authorizer's tokens and granted permission sets.
#[wx_endpoint(
    crate = crate,
    name = "getAuthorizerRefreshToken",
    path = "/cgi-bin/component/api_query_auth",
    credential = component,
    response = QueryAuthResponse,
    sensitive,
    errors(use ComponentApiError),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct QueryAuth {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The authorization code.
    pub authorization_code: Secret,
}

/// `{authorizer_access_token, expires_in, authorizer_refresh_token}` of `getAuthorizerAccessToken`.
#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerAccessToken {
    /// The authorizer's access token.
    pub authorizer_access_token: Secret,
    /// Seconds until the token expires.
    pub expires_in: u64,
    /// Normally the same refresh token; keep the newest.
    pub authorizer_refresh_token: Option<Secret>,
}

/// An authorizer's access token, from its refresh token.
#[wx_endpoint(
    crate = crate,
    name = "getAuthorizerAccessToken",
    path = "/cgi-bin/component/api_authorizer_token",
    credential = component,
    response = AuthorizerAccessToken,
    sensitive,
    errors(
        use ComponentApiError,
        61003 => NotAuthorized: "the platform is not authorized by this account; the merchant must authorize again",
        61014 => NeedsComponentToken: "component APIs need the component access token",
        61023 => RefreshTokenInvalid: "refresh_token is invalid; the merchant must authorize again",
    ),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetAuthorizerAccessToken {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The authorizer's AppID.
    pub authorizer_appid: String,
    /// The authorizer's refresh token.
    pub authorizer_refresh_token: Secret,
}

/// One authorizer in `getAuthorizerList`.
#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerListItem {
    /// The authorizer's AppID.
    pub authorizer_appid: String,
    /// The authorizer's refresh token.
    pub refresh_token: Secret,
    /// When the account authorized the platform, as a Unix timestamp.
    pub auth_time: i64,
}

/// A page of `getAuthorizerList`.
#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerList {
    /// The total number of authorizers.
    pub total_count: u32,
    /// The authorizers of this page.
    #[serde(default)]
    pub list: Vec<AuthorizerListItem>,
}

/// A page of every authorizer with its refresh token: recovers lost refresh tokens.
#[wx_endpoint(
    crate = crate,
    name = "getAuthorizerList",
    path = "/cgi-bin/component/api_get_authorizer_list",
    credential = component,
    response = AuthorizerList,
    sensitive,
    errors(use ComponentApiError),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct GetAuthorizerList {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The position of the first authorizer to return.
    pub offset: u32,
    /// How many authorizers to return.
    #[wx(range = 1..=500)]
    pub count: u32,
}

/// Asks WeChat to push the component_verify_ticket again now.
#[wx_endpoint(
    crate = crate,
    name = "startPushTicket",
    path = "/cgi-bin/component/api_start_push_ticket",
    credential = none,
    errors(use ComponentApiError),
)]
#[derive(Clone, Debug, Deserialize)]
pub struct StartPushTicket {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The third-party platform's AppSecret.
    pub component_secret: Secret,
}
