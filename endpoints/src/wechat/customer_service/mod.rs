//! Customer-service messages to a user of an authorizer's Official Account or Mini Program (also
//! re-exported by `official_account::customer_service`, beside the rest of customer service).

mod send_custom_message;

pub use send_custom_message::{
    CustomArticle, CustomCard, CustomMedia, CustomMessageType, CustomMiniprogramPage, CustomMsgMenu,
    CustomMsgMenuItem, CustomMusic, CustomNews, CustomNewsArticle, CustomServiceAccount, CustomText,
    CustomVideo, SendCustomMessage, SendCustomMessageError,
};
