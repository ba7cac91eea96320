//! `getAuthorizerOptionInfo`: `POST /cgi-bin/component/api_get_authorizer_option`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/getAuthorizerOptionInfo.html>.
//! Note: path, credential and body follow the platform-token form of this call (`api_get_authorizer_option?component_access_token=`,
//! body with `component_appid` and `authorizer_appid`): <https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/api/api_get_authorizer_option.html>.
//! The OpenApiDoc page prints the authorizer-token form (`/cgi-bin/component/get_authorizer_option`, body `option_name` only).

use super::AuthorizerOptionName;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads one option of an authorized account: location report, voice recognition or multi-agent customer service.
#[wx_endpoint(
    name = "getAuthorizerOptionInfo",
    path = "/cgi-bin/component/api_get_authorizer_option",
    credential = component,
    response = AuthorizerOption,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetAuthorizerOptionInfo {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The authorized Official Account's or Mini Program's AppID.
    pub authorizer_appid: String,
    /// The option to read.
    pub option_name: AuthorizerOptionName,
}

/// One option's value, as `getAuthorizerOptionInfo` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthorizerOption {
    /// The authorized account's AppID.
    pub authorizer_appid: String,
    /// The option's name (`location_report`, `voice_recognize`, `customer_service`).
    pub option_name: String,
    /// The option's value: location_report 0 none, 1 on entering a chat, 2 every 5 s; the others 0 off, 1 on.
    pub option_value: String,
}
