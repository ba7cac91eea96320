//! Links into a Mini Program: URL Links, URL Schemes (including NFC) and Short Links.

mod generate_nfc_scheme;
mod generate_scheme;
mod generate_short_link;
mod generate_url_link;
mod query_scheme;
mod query_url_link;
mod types;

pub use generate_nfc_scheme::{GenerateNfcScheme, GenerateNfcSchemeError};
pub use generate_scheme::{GenerateScheme, GenerateSchemeError, Openlink};
pub use generate_short_link::{GenerateShortLink, GenerateShortLinkError, ShortLink};
pub use generate_url_link::{GenerateUrlLink, GenerateUrlLinkError, UrlLink};
pub use query_scheme::{QueryScheme, QuerySchemeError, SchemeInfo, SchemeQuery};
pub use query_url_link::{QueryUrlLink, QueryUrlLinkError, UrlLinkInfo, UrlLinkQuery};
pub use types::{CloudBase, ExpireType, JumpWxa, LinkEnvVersion, LinkQueryType, LinkQuota};
