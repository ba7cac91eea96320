//! Logistics assistant for express companies: waybill contacts, traces, merchant reviews, template previews.

mod get_contact;
mod preview_template;
mod update_business;
mod update_path;

pub use get_contact::{GetContact, GetContactError, WaybillContact, WaybillContacts};
pub use preview_template::{PreviewTemplate, PreviewTemplateError, RenderedTemplate};
pub use update_business::{UpdateBusiness, UpdateBusinessError};
pub use update_path::{UpdatePath, UpdatePathError};
