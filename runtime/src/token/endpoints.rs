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
    pub appid: String,
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
    pub appid: String,
    pub secret: Secret,
    pub force_refresh: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ComponentAccessToken {
    pub component_access_token: Secret,
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
    pub component_appid: String,
    pub component_appsecret: Secret,
    pub component_verify_ticket: Secret,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PreAuthCode {
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
    pub component_appid: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct FuncScopeCategory {
    pub id: u16,
}

/// One granted permission set.
#[derive(Clone, Debug, Deserialize)]
pub struct FuncInfo {
    pub funcscope_category: FuncScopeCategory,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizationInfo {
    pub authorizer_appid: String,
    pub authorizer_access_token: Secret,
    pub expires_in: u64,
    pub authorizer_refresh_token: Secret,
    #[serde(default)]
    pub func_info: Vec<FuncInfo>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct QueryAuthResponse {
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
    pub component_appid: String,
    pub authorization_code: Secret,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerAccessToken {
    pub authorizer_access_token: Secret,
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
    pub component_appid: String,
    pub authorizer_appid: String,
    pub authorizer_refresh_token: Secret,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerListItem {
    pub authorizer_appid: String,
    pub refresh_token: Secret,
    pub auth_time: i64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthorizerList {
    pub total_count: u32,
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
    pub component_appid: String,
    pub offset: u32,
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
    pub component_appid: String,
    pub component_secret: Secret,
}
