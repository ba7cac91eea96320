//! SOTER biometric authentication: server-side signature verification.

mod verify_signature;

pub use verify_signature::{SignatureVerification, VerifySignature, VerifySignatureError};
