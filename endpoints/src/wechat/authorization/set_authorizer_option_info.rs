//! `setAuthorizerOptionInfo`: `POST /cgi-bin/component/api_set_authorizer_option`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/setAuthorizerOptionInfo.html>.
//! Note: path, credential and body follow the platform-token form of this call (`api_set_authorizer_option?component_access_token=`,
//! body with `component_appid` and `authorizer_appid`): <https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/api/api_set_authorizer_option.html>.
//! The OpenApiDoc page prints the authorizer-token form (`/cgi-bin/component/set_authorizer_option`, body `option_name`, `option_value`).
//! Note: the authorizer must have granted the permission set the option belongs to.

use super::AuthorizerOptionName;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets one option of an authorized account: location report, voice recognition or multi-agent customer service.
#[wx_endpoint(
    name = "setAuthorizerOptionInfo",
    path = "/cgi-bin/component/api_set_authorizer_option",
    credential = component,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid AppID; check it for stray characters and case",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SetAuthorizerOptionInfo {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The authorized Official Account's or Mini Program's AppID.
    pub authorizer_appid: String,
    /// The option to set.
    pub option_name: AuthorizerOptionName,
    /// The value: location_report 0 none, 1 on entering a chat, 2 every 5 s; the others 0 off, 1 on.
    pub option_value: String,
}
