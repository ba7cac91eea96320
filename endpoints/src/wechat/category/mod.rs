//! Mini Program categories and their qualifications.

mod modify_category;

pub use modify_category::{Certificate, ModifyCategory, ModifyCategoryError};
