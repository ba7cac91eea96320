//! Mini Program search: submitting pages for indexing, searching pages by keyword or goods by image.

mod image_search;
mod site_search;
mod submit_pages;

pub use image_search::{ImageSearch, ImageSearchError, ImageSearchItem, ImageSearchResult};
pub use site_search::{SiteSearch, SiteSearchError, SiteSearchItem, SiteSearchResult};
pub use submit_pages::{SubmitPages, SubmitPagesError, SubmittedPage};
