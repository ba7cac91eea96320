//! `modifyServerDomainDirectly`: `POST /wxa/modify_domain_directly`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyServerDomainDirectly.html>.
//! Unverified: fields from SKIT model (no tcpdomain in SKIT).

use super::{DomainAction, ServerDomains};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets server domains directly, without the platform's registered list.
#[wx_endpoint(
    name = "modifyServerDomainDirectly",
    path = "/wxa/modify_domain_directly",
    perm_sets = [18],
    response = ServerDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyServerDomainDirectly {
    /// What to do.
    pub action: DomainAction,
    /// `request` (HTTPS request) domains.
    pub requestdomain: Option<Vec<String>>,
    /// `socket` (WebSocket) domains.
    pub wsrequestdomain: Option<Vec<String>>,
    /// `uploadFile` domains.
    pub uploaddomain: Option<Vec<String>>,
    /// `downloadFile` domains.
    pub downloaddomain: Option<Vec<String>>,
    /// UDP domains.
    pub udpdomain: Option<Vec<String>>,
}
