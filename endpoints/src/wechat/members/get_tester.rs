//! `getTester`: `POST /wxa/memberauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/member-management/getTester.html>.
//! Unverified: perm set 18 assumed (page not captured).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Lists the testers.
#[wx_endpoint(
    name = "getTester",
    path = "/wxa/memberauth",
    perm_sets = [18],
    response = Testers,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTester {
    pub action: TesterAction,
}

/// The only action: `get_experiencer`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TesterAction {
    #[default]
    #[serde(rename = "get_experiencer")]
    GetExperiencer,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Testers {
    pub members: Vec<Tester>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Tester {
    pub userstr: String,
}
