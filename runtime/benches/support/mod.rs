//! Authorizers cached the way a process warms up in production: another process left their tokens
//! and granted permission sets in the shared store, and this process reads each once through the
//! public API.

use std::sync::Arc;

use wx_runtime::token::{StoreKey, StoreKind, StoredValue};
use wx_runtime::{Client, CredentialRequest, CredentialSource, MemoryStore, Secret, TokenStore};

pub const COMPONENT_APPID: &str = "wxcomponent000001";

/// A 157-character token, the length WeChat issues.
pub fn token(i: usize) -> Secret {
    Secret::from(format!("{i:08}_{}", "A".repeat(148)))
}

pub fn appid(i: usize) -> String {
    format!("wx{i:016x}")
}

/// A store holding a token valid for a day and the permission sets 17, 18 and 30 for each appid.
pub fn filled_store(appids: &[String]) -> Arc<MemoryStore> {
    let store = Arc::new(MemoryStore::new());
    let far = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64
        + 86_400_000;
    ready(async {
        for (i, appid) in appids.iter().enumerate() {
            let key = StoreKey::authorizer(StoreKind::AuthorizerToken, COMPONENT_APPID, appid.as_str());
            let value = StoredValue::new(token(i).expose(), Some(far));
            store.set(&key, value).await.unwrap();
            let key = StoreKey::authorizer(StoreKind::Grants, COMPONENT_APPID, appid.as_str());
            store.set(&key, StoredValue::new("17,18,30", None)).await.unwrap();
        }
    });
    store
}

/// A third-party platform client over `store`.
pub fn client(store: Arc<MemoryStore>) -> Client {
    Client::builder().component(COMPONENT_APPID, "COMPONENT_SECRET").store(store).build().expect("client")
}

/// Reads each appid's token and permission sets once, so that they are in the process cache.
pub fn warm(client: &Client, appids: &[String]) {
    let tokens = client.tokens().expect("managed tokens");
    ready(async {
        for appid in appids {
            tokens.credential(CredentialRequest::Authorizer { appid }).await.expect("stored token");
            tokens.granted(appid).await.expect("stored grants");
        }
    });
}

/// Runs a future on a current-thread runtime (the store path may await the store).
pub fn ready<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(future)
}
