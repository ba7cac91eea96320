//! Account management tools: short key hosting and long-to-short URL conversion.

mod fetch_shorten;
mod gen_short_key;
mod shorturl;

pub use fetch_shorten::{FetchShorten, FetchShortenError, ShortKeyData};
pub use gen_short_key::{GenShortKey, GenShortKeyError, ShortKey};
pub use shorturl::{ShortenedUrl, Shorturl, ShorturlError};
