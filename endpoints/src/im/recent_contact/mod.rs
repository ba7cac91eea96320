//! Conversations (`/v4/recentcontact/...`): the conversation list, conversation groups and
//! conversation marks. Groups and standard marks need the Pro, Pro Plus or Enterprise edition.
//! Every command: POST, at most 200 calls per second.

mod create_contact_group;
mod del_contact_group;
mod delete;
mod errors;
mod get_contact_group;
mod get_list;
mod mark_contact;
mod search_contact_group;
mod types;
mod update_contact_group;

pub use create_contact_group::{
    ContactResult, CreateContactGroup, CreateContactGroupError, CreatedContactGroup, CreatedContactGroups,
    GroupContactItem,
};
pub use del_contact_group::{DelContactGroup, DelContactGroupError, DeletedContactGroups};
pub use delete::{Delete, DeleteError};
pub use errors::RecentContactError;
pub use get_contact_group::{ContactGroupPage, GetContactGroup, GetContactGroupError};
pub use get_list::{GetList, GetListError, Session, SessionPage};
pub use mark_contact::{MarkContact, MarkContactError, MarkItem, MarkOptType, MarkResult, MarkResults};
pub use search_contact_group::{ContactSearchResults, SearchContactGroup, SearchContactGroupError};
pub use types::{Acknowledged, ContactGroup, ContactItem, ContactMarks, ConversationType};
pub use update_contact_group::{
    ContactOptType, ContactUpdateItem, ContactUpdateResult, UpdateContactGroup, UpdateContactGroupError,
    UpdateGroup, UpdateGroupResult, UpdateGroupType, UpdatedContactGroup,
};
