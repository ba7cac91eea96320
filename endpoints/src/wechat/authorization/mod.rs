//! The third-party platform's view of its authorizers: account details and the option settings (location report, voice recognition, customer service).

mod get_authorizer_info;
mod get_authorizer_option_info;
mod set_authorizer_option_info;

pub use get_authorizer_info::{
    AccountKindInfo, AccountStatus, AccountTypeInfo, AuthorizationInfo, AuthorizerDetails, AuthorizerInfo,
    BasicConfig, BusinessInfo, FuncInfo, FuncScopeCategory, GetAuthorizerInfo, GetAuthorizerInfoError,
    MiniProgramCategory, MiniProgramInfo, MiniProgramNetwork, RegisterType,
};
pub use get_authorizer_option_info::{
    AuthorizerOption, GetAuthorizerOptionInfo, GetAuthorizerOptionInfoError,
};
pub use set_authorizer_option_info::{SetAuthorizerOptionInfo, SetAuthorizerOptionInfoError};

crate::wire_enum! {
    /// The options a platform reads and sets on an authorized account (`option_name`).
    pub enum AuthorizerOptionName: text {
        /// Location report: `option_value` 0 none, 1 on entering a chat, 2 every 5 seconds.
        LocationReport = "location_report",
        /// Voice recognition: `option_value` 0 off, 1 on.
        VoiceRecognize = "voice_recognize",
        /// Multi-agent customer service: `option_value` 0 off, 1 on.
        CustomerService = "customer_service",
    }
}
