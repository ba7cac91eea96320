//! Mini Program basic information: feature introduction, search visibility.

mod set_search_status;
mod set_signature;

pub use set_search_status::{SearchStatus, SetSearchStatus, SetSearchStatusError};
pub use set_signature::{SetSignature, SetSignatureError};
