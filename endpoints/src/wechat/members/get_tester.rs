//! `getTester`: `POST /wxa/memberauth?action=get_experiencer` (the action in the query and in the body,
//! as the page's request line and sample show them).
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
    query = "action=get_experiencer",
    perm_sets = [18],
    response = Testers,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTester {
    /// Always `get_experiencer`.
    pub action: TesterAction,
}

/// The only action: `get_experiencer`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TesterAction {
    /// `get_experiencer`: list the testers.
    #[default]
    #[serde(rename = "get_experiencer")]
    GetExperiencer,
}

/// The testers returned by `getTester`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Testers {
    /// The testers.
    pub members: Vec<Tester>,
}

/// One tester.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Tester {
    /// The tester's `userstr`, usable in `unbindTester`.
    pub userstr: String,
}
