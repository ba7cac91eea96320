//! The third-party platform's own operations: its code template library (drafts and templates), its own Mini Program domains, its API quota, and the Mini Program frame (WMPF) backend.

mod add_device;
mod add_to_template;
mod clear_component_quota_by_app_secret;
mod delete_template;
mod get_template_list;
mod get_templated_raft_list;
mod get_thirdparty_jump_domain_confirm_file;
mod modify_thirdparty_jump_domain;
mod modify_thirdparty_server_domain;
mod push_app_msg;

pub use add_device::{AddDevice, AddDeviceError};
pub use add_to_template::{AddToTemplate, AddToTemplateError};
pub use clear_component_quota_by_app_secret::{
    ClearComponentQuotaByAppSecret, ClearComponentQuotaByAppSecretError,
};
pub use delete_template::{DeleteTemplate, DeleteTemplateError};
pub use get_template_list::{
    CodeTemplate, GetTemplateList, GetTemplateListError, TemplateAuditStatus, TemplateList,
};
pub use get_templated_raft_list::{Draft, DraftList, GetTemplatedRaftList, GetTemplatedRaftListError};
pub use get_thirdparty_jump_domain_confirm_file::{
    DomainConfirmFile, GetThirdpartyJumpDomainConfirmFile, GetThirdpartyJumpDomainConfirmFileError,
};
pub use modify_thirdparty_jump_domain::{
    ModifyThirdpartyJumpDomain, ModifyThirdpartyJumpDomainError, ThirdpartyJumpDomains,
};
pub use modify_thirdparty_server_domain::{
    ModifyThirdpartyServerDomain, ModifyThirdpartyServerDomainError, ThirdpartyServerDomains,
};
pub use push_app_msg::{PushAppMsg, PushAppMsgError};

use serde::Deserialize;

crate::wire_enum! {
    /// A code template's kind (`template_type`).
    pub enum TemplateType: code {
        /// 0: an ordinary template.
        Normal = 0,
        /// 1: a standard template (standard templates are being withdrawn).
        Standard = 1,
    }
}

/// A standard template's category and page (`category_list` of templates and drafts); ordinary templates answer an empty list.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TemplateCategory {
    /// The Mini Program page (see `getCodePage`).
    pub address: String,
    /// The page's tags, separated by spaces.
    pub tag: String,
    /// The first-level category's name.
    pub first_class: String,
    /// The second-level category's name.
    pub second_class: String,
    /// The third-level category's name.
    pub third_class: String,
    /// The page's title.
    pub title: String,
    /// The first-level category's id.
    pub first_id: u64,
    /// The second-level category's id.
    pub second_id: u64,
    /// The third-level category's id.
    pub third_id: u64,
}
