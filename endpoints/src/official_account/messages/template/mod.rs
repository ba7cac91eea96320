//! Template messages: industries, the account's templates, sending, and one-time subscription messages.

mod add_template;
mod delete_template;
mod get_all_templates;
mod get_industry;
mod send_template_message;
mod set_industry;
mod template_subscribe;
mod value;

pub use add_template::{AddTemplate, AddTemplateError, TemplateAdded};
pub use delete_template::{DeleteTemplate, DeleteTemplateError};
pub use get_all_templates::{GetAllTemplates, GetAllTemplatesError, PrivateTemplate, PrivateTemplates};
pub use get_industry::{GetIndustry, GetIndustryError, Industry, TemplateIndustries};
pub use send_template_message::{SendTemplateMessage, SendTemplateMessageError, TemplateMessageSent};
pub use set_industry::{SetIndustry, SetIndustryError};
pub use template_subscribe::{OneTimeSubscribeData, TemplateSubscribe, TemplateSubscribeError};
pub use value::{TemplateMiniprogram, TemplateValue};
