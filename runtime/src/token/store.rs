//! Where credentials live between processes and restarts: tokens with their expiry, the
//! component_verify_ticket, authorizer refresh tokens and granted permission sets, plus the refresh
//! lock that lets several processes share one fetch.
//!
//! Keys are `{prefix}:{what}:{{appid}[:{authorizer appid}]}`: namespaced, never containing a secret,
//! and with a Redis Cluster hash tag (the braces) so that everything one credential's refresh
//! touches (the value, its lock, an authorizer's refresh token and grants) lives in one slot.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use crate::credential::BoxFuture;

use super::clock::{Clock, SystemClock};

/// What a stored value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKind {
    /// The app's own access_token.
    AppToken,
    /// The third-party platform's component_access_token.
    ComponentToken,
    /// The pushed component_verify_ticket (12 h validity).
    VerifyTicket,
    /// An authorizer's access token, fetched by the third-party platform.
    AuthorizerToken,
    /// Lost refresh tokens force a merchant to authorize again: stored without expiry.
    RefreshToken,
    /// Granted permission sets (`func_info`), comma-separated ids.
    Grants,
    /// A Tencent IM UserSig.
    ImUserSig,
    /// A handled callback event, remembered for the de-duplication window.
    Event,
}

impl StoreKind {
    fn as_str(self) -> &'static str {
        match self {
            StoreKind::AppToken => "app_token",
            StoreKind::ComponentToken => "component_token",
            StoreKind::VerifyTicket => "verify_ticket",
            StoreKind::AuthorizerToken => "authorizer_token",
            StoreKind::RefreshToken => "refresh_token",
            StoreKind::Grants => "grants",
            StoreKind::ImUserSig => "im_usersig",
            StoreKind::Event => "event",
        }
    }
}

/// A store key: what, for which app (and authorizer).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StoreKey {
    /// What the value is.
    pub kind: StoreKind,
    /// The app, component (third-party platform) appid, or IM `sdkappid:identifier`.
    pub appid: String,
    /// The authorizer appid, for values a component holds for an authorizer.
    pub authorizer: Option<String>,
}

impl StoreKey {
    /// A key for a value of `appid` alone, with no authorizer.
    pub fn new(kind: StoreKind, appid: impl Into<String>) -> Self {
        StoreKey { kind, appid: appid.into(), authorizer: None }
    }

    /// A key for a value the component `component_appid` holds for `authorizer`.
    pub fn authorizer(
        kind: StoreKind,
        component_appid: impl Into<String>,
        authorizer: impl Into<String>,
    ) -> Self {
        StoreKey { kind, appid: component_appid.into(), authorizer: Some(authorizer.into()) }
    }

    /// `{prefix}:{kind}:{{appid}[:{authorizer}]}`: the braces are a Redis Cluster hash tag, so that
    /// every kind of value of one app (or one authorizer) hashes to the same slot.
    pub fn render(&self, prefix: &str) -> String {
        match &self.authorizer {
            Some(authorizer) => format!("{prefix}:{}:{{{}:{authorizer}}}", self.kind.as_str(), self.appid),
            None => format!("{prefix}:{}:{{{}}}", self.kind.as_str(), self.appid),
        }
    }

    /// The key of the refresh lock guarding this value (same hash tag, same slot).
    pub fn render_lock(&self, prefix: &str) -> String {
        format!("{}:lock", self.render(prefix))
    }

    /// The key as versions before the hash tag wrote it: read once when a value is missing, so an
    /// upgrade loses no refresh token.
    #[cfg(feature = "redis")]
    pub(crate) fn render_untagged(&self, prefix: &str) -> String {
        match &self.authorizer {
            Some(authorizer) => format!("{prefix}:{}:{}:{authorizer}", self.kind.as_str(), self.appid),
            None => format!("{prefix}:{}:{}", self.kind.as_str(), self.appid),
        }
    }
}

/// A stored value and when it stops being valid (milliseconds since the epoch; `None`: never).
#[derive(Clone, PartialEq, Eq)]
pub struct StoredValue {
    /// The value.
    pub value: String,
    /// When the value expires, in milliseconds since the epoch; `None`: never.
    pub expires_at_ms: Option<u64>,
    /// For a token: when every process should stop handing it out and refresh (the refresh margin
    /// before expiry, at most half its lifetime, as the fetching process computed it), so that a
    /// token shorter-lived than the margin is still shared. `None`: the reader's own margin decides.
    pub refresh_at_ms: Option<u64>,
}

impl StoredValue {
    /// A value that expires at `expires_at_ms` (`None`: never), with no refresh moment.
    pub fn new(value: impl Into<String>, expires_at_ms: Option<u64>) -> Self {
        StoredValue { value: value.into(), expires_at_ms, refresh_at_ms: None }
    }

    /// The same value, to be refreshed from `refresh_at_ms` on.
    pub fn refresh_at(self, refresh_at_ms: u64) -> Self {
        StoredValue { refresh_at_ms: Some(refresh_at_ms), ..self }
    }
}

impl fmt::Debug for StoredValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredValue")
            .field("value", &"***")
            .field("expires_at_ms", &self.expires_at_ms)
            .field("refresh_at_ms", &self.refresh_at_ms)
            .finish()
    }
}

/// The store failed or did not answer in time.
#[derive(Debug)]
pub struct StoreError {
    kind: StoreErrorKind,
    detail: String,
}

/// Why the store failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreErrorKind {
    /// No answer within the configured timeout.
    Timeout,
    /// Could not connect, or the connection broke.
    Unavailable,
    /// The store answered something unexpected.
    Protocol,
    /// The store was configured wrongly (a malformed URL, say); nothing was contacted.
    Configuration,
}

impl StoreError {
    /// `detail` must not contain a key's value.
    pub fn new(kind: StoreErrorKind, detail: impl Into<String>) -> Self {
        StoreError { kind, detail: detail.into() }
    }

    /// Why the store failed.
    pub fn kind(&self) -> StoreErrorKind {
        self.kind
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            StoreErrorKind::Timeout => "token store timed out",
            StoreErrorKind::Unavailable => "token store unavailable",
            StoreErrorKind::Protocol => "token store answered unexpectedly",
            StoreErrorKind::Configuration => "token store misconfigured",
        };
        write!(f, "{what}: {}", self.detail)
    }
}

impl std::error::Error for StoreError {}

/// Persistent credential storage shared by every process of a deployment.
///
/// Implementations must be safe on a single Redis node and on Redis Cluster alike: every operation
/// touches one key, and [`StoreKey::render`] / [`StoreKey::render_lock`] put a value and its lock in
/// one cluster slot. A [`StoredValue`] is kept whole, `refresh_at_ms` included.
pub trait TokenStore: Send + Sync + 'static {
    /// The value, unless absent or expired.
    fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>>;

    /// Stores the value under `key`, replacing any previous one.
    fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Removes the value of `key`.
    fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Deletes the value only if it still equals `expected` (another process may have replaced it).
    fn delete_if<'a>(
        &'a self,
        key: &'a StoreKey,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;

    /// Takes the refresh lock of `key` for `owner` for `lease_ms`, unless someone holds it.
    fn try_lock<'a>(
        &'a self,
        key: &'a StoreKey,
        owner: &'a str,
        lease_ms: u64,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;

    /// Releases the lock if `owner` still holds it (a lease that ran out may belong to another).
    fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// A shared store (the client and a callback handler holding the same Redis connection, say).
impl<T: TokenStore + ?Sized> TokenStore for Arc<T> {
    fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>> {
        (**self).get(key)
    }

    fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).set(key, value)
    }

    fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).delete(key)
    }

    fn delete_if<'a>(
        &'a self,
        key: &'a StoreKey,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        (**self).delete_if(key, expected)
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a StoreKey,
        owner: &'a str,
        lease_ms: u64,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        (**self).try_lock(key, owner, lease_ms)
    }

    fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).unlock(key, owner)
    }
}

/// The default store: this process only, lost on restart.
pub struct MemoryStore {
    entries: Mutex<Entries>,
    clock: Arc<dyn Clock>,
}

/// The map, and the size at which expired entries are next swept out (so memory stays bounded by
/// what is live, e.g. the de-duplication window of callback events).
#[derive(Default)]
struct Entries {
    map: HashMap<String, StoredValue>,
    sweep_at: usize,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::with_clock(SystemClock)
    }
}

impl MemoryStore {
    /// An empty store on the system clock.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that reads the time from `clock`.
    pub fn with_clock(clock: impl Clock) -> Self {
        Self::with_shared_clock(Arc::new(clock))
    }

    pub(crate) fn with_shared_clock(clock: Arc<dyn Clock>) -> Self {
        MemoryStore { entries: Mutex::default(), clock }
    }

    fn with_entries<T>(&self, f: impl FnOnce(&mut HashMap<String, StoredValue>, u64) -> T) -> T {
        let now = self.clock.now_ms();
        // A panic while holding the lock cannot leave a map half-updated: every operation is one call.
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.map.len() >= entries.sweep_at {
            entries.map.retain(|_, value| live(value, now));
            entries.sweep_at = (entries.map.len() * 2).max(1024);
        }
        f(&mut entries.map, now)
    }

    /// How many entries are held (expired ones until the next sweep).
    pub fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).map.len()
    }

    /// Whether no entries are held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn live(value: &StoredValue, now: u64) -> bool {
    value.expires_at_ms.is_none_or(|at| at > now)
}

const MEMORY_PREFIX: &str = "wx";

impl TokenStore for MemoryStore {
    fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>> {
        let found = self.with_entries(|entries, now| {
            entries.get(&key.render(MEMORY_PREFIX)).filter(|v| live(v, now)).cloned()
        });
        Box::pin(async move { Ok(found) })
    }

    fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>> {
        self.with_entries(|entries, _| entries.insert(key.render(MEMORY_PREFIX), value));
        Box::pin(async { Ok(()) })
    }

    fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>> {
        self.with_entries(|entries, _| entries.remove(&key.render(MEMORY_PREFIX)));
        Box::pin(async { Ok(()) })
    }

    fn delete_if<'a>(
        &'a self,
        key: &'a StoreKey,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        let deleted = self.with_entries(|entries, _| {
            let rendered = key.render(MEMORY_PREFIX);
            let matches = entries.get(&rendered).is_some_and(|v| v.value == expected);
            if matches {
                entries.remove(&rendered);
            }
            matches
        });
        Box::pin(async move { Ok(deleted) })
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a StoreKey,
        owner: &'a str,
        lease_ms: u64,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        let taken = self.with_entries(|entries, now| {
            let rendered = key.render_lock(MEMORY_PREFIX);
            if entries.get(&rendered).is_some_and(|v| live(v, now)) {
                return false;
            }
            entries.insert(rendered, StoredValue::new(owner, Some(now.saturating_add(lease_ms))));
            true
        });
        Box::pin(async move { Ok(taken) })
    }

    fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        self.with_entries(|entries, _| {
            let rendered = key.render_lock(MEMORY_PREFIX);
            if entries.get(&rendered).is_some_and(|v| v.value == owner) {
                entries.remove(&rendered);
            }
        });
        Box::pin(async { Ok(()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::clock::ManualClock;

    #[test]
    fn keys_are_namespaced_and_hold_no_secret() {
        let key = StoreKey::authorizer(StoreKind::RefreshToken, "wxcomponent", "wxmerchant");
        assert_eq!(key.render("prod"), "prod:refresh_token:{wxcomponent:wxmerchant}");
        assert_eq!(key.render_lock("prod"), "prod:refresh_token:{wxcomponent:wxmerchant}:lock");
        assert_eq!(
            StoreKey::new(StoreKind::ComponentToken, "wxcomponent").render("p"),
            "p:component_token:{wxcomponent}"
        );
        #[cfg(feature = "redis")]
        assert_eq!(key.render_untagged("prod"), "prod:refresh_token:wxcomponent:wxmerchant");
    }

    #[tokio::test]
    async fn memory_store_expires_and_compares() {
        let clock = ManualClock::new(1_000);
        let store = MemoryStore::with_clock(clock.clone());
        let key = StoreKey::new(StoreKind::AppToken, "wxapp");
        store.set(&key, StoredValue::new("T1", Some(2_000))).await.unwrap();
        assert_eq!(store.get(&key).await.unwrap().unwrap().value, "T1");
        assert!(!store.delete_if(&key, "T0").await.unwrap());
        clock.set(2_000);
        assert!(store.get(&key).await.unwrap().is_none(), "expired at its expiry instant");

        assert!(store.try_lock(&key, "a", 100).await.unwrap());
        assert!(!store.try_lock(&key, "b", 100).await.unwrap());
        store.unlock(&key, "b").await.unwrap();
        assert!(!store.try_lock(&key, "b", 100).await.unwrap(), "only the owner releases");
        clock.advance(100);
        assert!(store.try_lock(&key, "b", 100).await.unwrap(), "a lapsed lease is free");
    }

    #[tokio::test]
    async fn expired_entries_are_swept_so_memory_stays_bounded() {
        let clock = ManualClock::new(0);
        let store = MemoryStore::with_clock(clock.clone());
        for i in 0..10_000 {
            let key = StoreKey::authorizer(StoreKind::Event, "wxc", format!("event{i}"));
            assert!(store.try_lock(&key, "seen", 1_000).await.unwrap());
            clock.advance(1);
        }
        // Only about one window's worth of events (1,000 ms at one per ms) is live at any time.
        assert!(store.len() <= 2_100, "{}", store.len());
    }
}
