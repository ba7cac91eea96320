//! The sandbox's own copy of the endpoint catalog (`data/wechat-catalog.json`, copied from the
//! project's shared API documents): which paths exist, their method, token kind and permission sets.
//! It is what the sandbox checks requests against, independently of the SDK's declarations.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct CatalogEntry {
    pub name: String,
    pub method: String,
    pub path: String,
    #[serde(default)]
    pub perm_sets: Vec<u16>,
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub response: Vec<ResponseField>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ResponseField {
    pub name: String,
}

impl CatalogEntry {
    pub fn needs_authorizer_token(&self) -> bool {
        self.token == "authorizer_access_token"
    }

    /// Success answers an image.
    pub fn is_binary(&self) -> bool {
        self.response.iter().any(|f| f.name == "(binary)")
    }
}

/// Entries by path.
pub fn by_path() -> &'static HashMap<String, CatalogEntry> {
    static CATALOG: OnceLock<HashMap<String, CatalogEntry>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let entries: Vec<CatalogEntry> = serde_json::from_str(include_str!("../data/wechat-catalog.json"))
            .expect("the bundled catalog parses");
        entries.into_iter().map(|e| (e.path.clone(), e)).collect()
    })
}
