//! Registering Mini Programs for merchants: fast registration of enterprise, personal and trial (beta) Mini Programs, registration reusing an Official Account's subject, the new Mini Program's administrator, and verification of trial Mini Programs.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

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

/// `#[serde(deserialize_with = "super::bool_or_text")]`: a `bool` from `true`/`false` or from the
/// strings `"true"`/`"false"` (some samples print booleans as strings).
fn bool_or_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    struct BoolOrText;

    impl Visitor<'_> for BoolOrText {
        type Value = bool;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a boolean, as a boolean or as the string \"true\" or \"false\"")
        }

        fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
            Ok(value)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
            match value.trim() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
            }
        }
    }

    deserializer.deserialize_any(BoolOrText)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Flag {
        #[serde(deserialize_with = "super::bool_or_text")]
        flag: bool,
    }

    #[test]
    fn booleans_and_boolean_strings_read_alike() {
        let read = |json: &str| serde_json::from_str::<Flag>(json).map(|f| f.flag);
        assert!(read(r#"{"flag": true}"#).unwrap());
        assert!(read(r#"{"flag": "true"}"#).unwrap());
        assert!(!read(r#"{"flag": "false"}"#).unwrap());
        assert!(read(r#"{"flag": "yes"}"#).is_err());
    }
}
