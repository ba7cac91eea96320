//! Registering Mini Programs for merchants: fast registration of enterprise, personal and trial (beta) Mini Programs, registration reusing an Official Account's subject, the new Mini Program's administrator, and verification of trial Mini Programs.

mod component_rebind_admin;
mod fast_register_personal_mp;
mod get_mp_admin_auth;
mod modify_beta_miniprogram_nick_name;
mod mp_verify_beta_weapp;
mod query_fast_register_personal_mp;
mod register_beta_miniprogram;
mod register_miniprogram;
mod register_miniprogram_by_offiaccount;
mod search_register_miniprogram;
mod verify_beta_miniprogram;

pub use component_rebind_admin::{ComponentRebindAdmin, ComponentRebindAdminError};
pub use fast_register_personal_mp::{
    FastRegisterPersonalMp, FastRegisterPersonalMpError, PersonalRegisterStatus, PersonalRegisterTask,
};
pub use get_mp_admin_auth::{GetMpAdminAuth, GetMpAdminAuthError, MpAdminAuthUrl};
pub use modify_beta_miniprogram_nick_name::{
    ModifyBetaMiniprogramNickName, ModifyBetaMiniprogramNickNameError,
};
pub use mp_verify_beta_weapp::{MpVerifyBetaWeapp, MpVerifyBetaWeappError, MpVerifyBetaWeappResult};
pub use query_fast_register_personal_mp::{QueryFastRegisterPersonalMp, QueryFastRegisterPersonalMpError};
pub use register_beta_miniprogram::{
    BetaRegistration, RegisterBetaMiniprogram, RegisterBetaMiniprogramError,
};
pub use register_miniprogram::{RegisterMiniprogram, RegisterMiniprogramError};
pub use register_miniprogram_by_offiaccount::{
    OffiaccountRegistration, RegisterMiniprogramByOffiaccount, RegisterMiniprogramByOffiaccountError,
};
pub use search_register_miniprogram::{SearchRegisterMiniprogram, SearchRegisterMiniprogramError};
pub use verify_beta_miniprogram::{BetaVerifyInfo, VerifyBetaMiniprogram, VerifyBetaMiniprogramError};
