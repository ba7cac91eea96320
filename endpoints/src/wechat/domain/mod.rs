//! Server and business (web-view) domains, and DNS prefetch.

use serde::{Deserialize, Serialize};

mod get_domain_info;
mod get_effective_jump_domain;
mod get_effective_server_domain;
mod get_jump_domain_confirm_file;
mod get_prefetch_domain;
mod modify_jump_domain;
mod modify_jump_domain_directly;
mod modify_server_domain;
mod modify_server_domain_directly;
mod set_prefetch_domain;

pub use get_domain_info::{DomainInfo, GetDomainInfo, GetDomainInfoError};
pub use get_effective_jump_domain::{
    EffectiveWebviewDomains, GetEffectiveJumpDomain, GetEffectiveJumpDomainError,
};
pub use get_effective_server_domain::{
    EffectiveServerDomains, GetEffectiveServerDomain, GetEffectiveServerDomainError,
};
pub use get_jump_domain_confirm_file::{
    ConfirmFile, GetJumpDomainConfirmFile, GetJumpDomainConfirmFileError,
};
pub use get_prefetch_domain::{
    GetPrefetchDomain, GetPrefetchDomainError, PrefetchDomainStatus, PrefetchDomains,
};
pub use modify_jump_domain::{ModifyJumpDomain, ModifyJumpDomainError};
pub use modify_jump_domain_directly::{ModifyJumpDomainDirectly, ModifyJumpDomainDirectlyError};
pub use modify_server_domain::{ModifyServerDomain, ModifyServerDomainError};
pub use modify_server_domain_directly::{ModifyServerDomainDirectly, ModifyServerDomainDirectlyError};
pub use set_prefetch_domain::{PrefetchDomain, SetPrefetchDomain, SetPrefetchDomainError};

/// What a domain command does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DomainAction {
    /// `add`: add the given domains.
    Add,
    /// `delete`: delete the given domains.
    Delete,
    /// `set`: replace the domains with the given ones.
    Set,
    /// `get`: read the domains.
    #[default]
    Get,
}

/// Server domains by type (also the answer of `action = get`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServerDomains {
    /// `request` (HTTPS request) domains.
    pub requestdomain: Vec<String>,
    /// `socket` (WebSocket) domains.
    pub wsrequestdomain: Vec<String>,
    /// `uploadFile` domains.
    pub uploaddomain: Vec<String>,
    /// `downloadFile` domains.
    pub downloaddomain: Vec<String>,
    /// UDP domains.
    pub udpdomain: Vec<String>,
    /// TCP domains.
    pub tcpdomain: Vec<String>,
}

/// Business domains (the answer of `action = get`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WebviewDomains {
    /// Business (web-view) domains.
    pub webviewdomain: Vec<String>,
}
