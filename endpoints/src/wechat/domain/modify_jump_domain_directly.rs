//! `modifyJumpDomainDirectly`: `POST /wxa/setwebviewdomain_directly`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyJumpDomainDirectly.html>.

use super::{DomainAction, WebviewDomains};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets business domains directly, without the platform's registered list.
#[wx_endpoint(
    name = "modifyJumpDomainDirectly",
    path = "/wxa/setwebviewdomain_directly",
    perm_sets = [18],
    response = WebviewDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyJumpDomainDirectly {
    /// What to do.
    pub action: DomainAction,
    /// The business (web-view) domains.
    pub webviewdomain: Option<Vec<String>>,
}
