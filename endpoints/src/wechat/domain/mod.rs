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
    Add,
    Delete,
    Set,
    #[default]
    Get,
}

/// Server domains by type (also the answer of `action = get`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServerDomains {
    pub requestdomain: Vec<String>,
    pub wsrequestdomain: Vec<String>,
    pub uploaddomain: Vec<String>,
    pub downloaddomain: Vec<String>,
    pub udpdomain: Vec<String>,
    pub tcpdomain: Vec<String>,
}

/// Business domains (the answer of `action = get`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WebviewDomains {
    pub webviewdomain: Vec<String>,
}
