//! Mini Program login through the third-party platform (code to session).

mod thirdparty_code2_session;

pub use thirdparty_code2_session::{ComponentSession, ThirdpartyCode2Session, ThirdpartyCode2SessionError};
