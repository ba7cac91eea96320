//! Encrypted network channel: the user's encryption keys.

mod get_user_encrypt_key;

pub use get_user_encrypt_key::{GetUserEncryptKey, GetUserEncryptKeyError, UserEncryptKey, UserEncryptKeys};
