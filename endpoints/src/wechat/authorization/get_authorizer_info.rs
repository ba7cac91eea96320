//! `getAuthorizerInfo`: `POST /cgi-bin/component/api_get_authorizer_info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/getAuthorizerInfo.html>.
//! Note: called with the platform's component_access_token only; Official Accounts, Mini Programs and Channels accounts answer different subsets of `authorizer_info`.
//! Note: `MiniProgramInfo.network.BizDomain` appears in the page's sample but not in its field table.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Reads an authorized account's details (name, avatar, type, verification, Mini Program settings) and the permission sets it granted.
#[wx_endpoint(
    name = "getAuthorizerInfo",
    path = "/cgi-bin/component/api_get_authorizer_info",
    credential = component,
    response = AuthorizerDetails,
    sensitive,
    idempotent,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid AppID; check it for stray characters and case",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAuthorizerInfo {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The authorized Official Account's or Mini Program's AppID.
    pub authorizer_appid: String,
}

/// The answer of `getAuthorizerInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthorizerDetails {
    /// The authorized account's information.
    pub authorizer_info: AuthorizerInfo,
    /// The authorization: AppID, refresh token and granted permission sets.
    pub authorization_info: AuthorizationInfo,
}

/// The authorized account's information (`authorizer_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthorizerInfo {
    /// The account's name.
    pub nick_name: String,
    /// The avatar's URL.
    pub head_img: String,
    /// The Official Account or Mini Program type.
    pub service_type_info: AccountTypeInfo,
    /// The verification type.
    pub verify_type_info: AccountTypeInfo,
    /// The original ID (`gh_...`).
    pub user_name: String,
    /// The WeChat ID an Official Account set; may be empty.
    pub alias: String,
    /// The URL of the account's QR code image.
    pub qrcode_url: String,
    /// Which features are enabled (0 not enabled, 1 enabled).
    pub business_info: BusinessInfo,
    /// Deprecated.
    pub idc: i64,
    /// The subject's (owner's) name.
    pub principal_name: String,
    /// The Mini Program's introduction.
    pub signature: String,
    /// The Mini Program's settings; present only when the authorizer is a Mini Program.
    #[serde(rename = "MiniProgramInfo")]
    pub mini_program_info: Option<MiniProgramInfo>,
    /// How the Mini Program was registered.
    pub register_type: Option<RegisterType>,
    /// The account's status (Mini Programs answer it too).
    pub account_status: Option<AccountStatus>,
    /// Basic configuration: whether a phone number and an email are bound.
    pub basic_config: Option<BasicConfig>,
    /// Present when the authorizer is a Channels account; `id` 0 is an ordinary Channels account.
    pub channels_info: Option<AccountKindInfo>,
    /// Present when the authorizer is a WeChat store; `id` 0 is an ordinary store.
    pub store_info: Option<AccountKindInfo>,
    /// Present when the authorizer is a sales assistant; `id` 0 is an ordinary one.
    pub talent_info: Option<AccountKindInfo>,
    /// Present when the authorizer is a supplier; `id` 0 is an ordinary supplier.
    pub supplier_info: Option<AccountKindInfo>,
}

/// An account type or verification type (`service_type_info`, `verify_type_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AccountTypeInfo {
    /// Type: Official Account 0 subscription, 1 upgraded old subscription, 2 service; Mini Program 0 ordinary, 12 trial, 4 mini game, 10 mini store, 2 or 3 store Mini Program. Verification: -1 none, 0 WeChat, 1 Sina Weibo, 3 qualification passed but not the name, 4 qualification and Sina Weibo passed but not the name.
    pub id: i64,
    /// The type's description.
    pub name: String,
}

/// Which features are enabled (`business_info`): 0 not enabled, 1 enabled.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BusinessInfo {
    /// WeChat Pay.
    pub open_pay: i64,
    /// Shake.
    pub open_shake: i64,
    /// Scan products.
    pub open_scan: i64,
    /// Cards and coupons.
    pub open_card: i64,
    /// Stores.
    pub open_store: i64,
}

/// A Mini Program's settings (`MiniProgramInfo`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MiniProgramInfo {
    /// The configured server domains.
    pub network: MiniProgramNetwork,
    /// The configured categories.
    pub categories: Vec<MiniProgramCategory>,
    /// Deprecated.
    pub visit_status: i64,
}

/// A Mini Program's server domains (`MiniProgramInfo.network`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MiniProgramNetwork {
    /// `request` domains.
    #[serde(rename = "RequestDomain")]
    pub request_domain: Vec<String>,
    /// `socket` domains.
    #[serde(rename = "WsRequestDomain")]
    pub ws_request_domain: Vec<String>,
    /// `uploadFile` domains.
    #[serde(rename = "UploadDomain")]
    pub upload_domain: Vec<String>,
    /// `downloadFile` domains.
    #[serde(rename = "DownloadDomain")]
    pub download_domain: Vec<String>,
    /// UDP domains.
    #[serde(rename = "UDPDomain")]
    pub udp_domain: Vec<String>,
    /// TCP domains.
    #[serde(rename = "TCPDomain")]
    pub tcp_domain: Vec<String>,
    /// Business (web-view) domains; in the page's sample, not in its field table.
    #[serde(rename = "BizDomain")]
    pub biz_domain: Vec<String>,
}

/// One of a Mini Program's categories.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MiniProgramCategory {
    /// The first-level category.
    pub first: String,
    /// The second-level category.
    pub second: String,
}

/// Basic configuration (`basic_config`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BasicConfig {
    /// Whether a phone number is bound.
    pub is_phone_configured: bool,
    /// Whether an email is bound; without one the account cannot log in to the MP platform.
    pub is_email_configured: bool,
}

/// The kind of a Channels, store, sales assistant or supplier account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AccountKindInfo {
    /// The kind; 0 is the ordinary one.
    pub id: i64,
}

/// The authorization (`authorization_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthorizationInfo {
    /// The authorized account's AppID.
    pub authorizer_appid: String,
    /// The refresh token, present when the account has API permissions; re-authorization replaces it.
    pub authorizer_refresh_token: Option<Secret>,
    /// The permission sets granted to the platform.
    pub func_info: Vec<FuncInfo>,
}

/// One granted permission set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FuncInfo {
    /// The permission set.
    pub funcscope_category: FuncScopeCategory,
}

/// A permission set (`funcscope_category`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FuncScopeCategory {
    /// The permission set's id.
    pub id: u32,
}

crate::wire_enum! {
    /// How a Mini Program was registered (`register_type`).
    pub enum RegisterType: code {
        /// Registered the ordinary way.
        Normal = 0,
        /// By the API creating a Mini Program from an Official Account's subject.
        ReuseOfficialAccount = 2,
        /// By the API creating an enterprise Mini Program with the legal person's face check.
        Enterprise = 6,
        /// By the API creating a trial Mini Program.
        Beta = 13,
        /// Through the alliance console.
        AllianceConsole = 15,
        /// By the API creating a personal Mini Program.
        Personal = 16,
        /// By the API creating a personal trading Mini Program.
        PersonalTrading = 17,
        /// By the API verifying a trial Mini Program.
        BetaVerified = 19,
        /// By the API creating an enterprise Mini Program from a merchant number.
        ReuseMerchant = 22,
        /// By the API verifying with a merchant number.
        MerchantVerified = 23,
    }
}

crate::wire_enum! {
    /// An account's status (`account_status`).
    pub enum AccountStatus: code {
        /// Normal.
        Normal = 1,
        /// Cancelled.
        Cancelled = 14,
        /// Banned.
        Banned = 16,
        /// Warned.
        Warned = 18,
        /// Frozen.
        Frozen = 19,
    }
}
