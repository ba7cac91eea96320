//! Subscription notifications: categories, public and account templates, and sending.

mod add_wxa_new_template;
mod del_wxa_new_template;
mod get_category;
mod get_pub_new_template_keywords;
mod get_pub_new_template_titles;
mod get_wxa_pub_new_template;
mod send_new_subscribe_msg;

pub use add_wxa_new_template::{AddWxaNewTemplate, AddWxaNewTemplateError, SubscribeTemplateAdded};
pub use del_wxa_new_template::{DelWxaNewTemplate, DelWxaNewTemplateError};
pub use get_category::{GetCategory, GetCategoryError, SubscribeCategories, SubscribeCategory};
pub use get_pub_new_template_keywords::{
    GetPubNewTemplateKeywords, GetPubNewTemplateKeywordsError, PubTemplateKeyword, PubTemplateKeywords,
};
pub use get_pub_new_template_titles::{
    GetPubNewTemplateTitles, GetPubNewTemplateTitlesError, PubTemplateTitle, PubTemplateTitles,
    SubscribeTemplateType,
};
pub use get_wxa_pub_new_template::{
    GetWxaPubNewTemplate, GetWxaPubNewTemplateError, KeywordEnumValues, SubscribeTemplate, SubscribeTemplates,
};
pub use send_new_subscribe_msg::{
    MiniprogramState, SendNewSubscribeMsg, SendNewSubscribeMsgError, SubscribeLang, SubscribeMiniprogram,
    SubscribeValue,
};
