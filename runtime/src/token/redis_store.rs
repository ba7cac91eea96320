//! A [`TokenStore`] on Redis (feature `redis`), a single node or a Redis Cluster: processes of a
//! deployment share tokens, tickets, refresh tokens and grants, and refresh each credential once
//! between them.
//!
//! Every operation touches one key (compare-and-delete runs as a one-key Lua script), and a value's
//! key and its lock key share a hash tag, so a cluster serves them from one slot; the cluster
//! client follows `MOVED` / `ASK` redirects itself. Every operation has a deadline: an unreachable
//! Redis is a typed [`StoreError`] after the configured timeout, never a hang.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use redis::cluster::{ClusterClient, ClusterClientBuilder};
use redis::cluster_async::ClusterConnection;
use redis::{AsyncCommands, Cmd, Pipeline, RedisFuture, Script, Value};

use crate::credential::BoxFuture;

use super::clock::{Clock, SystemClock};
use super::store::{StoreError, StoreErrorKind, StoreKey, StoredValue, TokenStore};

/// The URL scheme of a cluster: `redis+cluster://host:port[,host:port...]`.
const CLUSTER_SCHEME: &str = "redis+cluster://";

/// Values are stored as `{expires_at_ms}[/{refresh_at_ms}]:{value}` (0: no expiry), with a matching
/// Redis TTL.
pub struct RedisStore {
    link: Link,
    prefix: String,
    timeout: Duration,
}

/// How the store reaches Redis.
enum Link {
    /// One node: the connection manager reconnects by itself.
    Node(ConnectionManager),
    /// A cluster: the client repairs connections to nodes it knows, but a connection to a node that
    /// restarted can stay silent; after a failure the whole connection is rebuilt from the seeds.
    Cluster(Arc<ClusterLink>),
}

struct ClusterLink {
    client: ClusterClient,
    connection: ArcSwap<ClusterConnection>,
    rebuilding: AtomicBool,
}

impl Link {
    fn connection(&self) -> Connection {
        match self {
            Link::Node(connection) => Connection::Node(connection.clone()),
            Link::Cluster(link) => Connection::Cluster(ClusterConnection::clone(&link.connection.load())),
        }
    }

    /// After a failed operation: a cluster connection is rebuilt in the background (one rebuild at
    /// a time), so the calls after Redis answers again go through a fresh one.
    fn repair(&self, timeout: Duration) {
        let Link::Cluster(link) = self else { return };
        if link.rebuilding.swap(true, Ordering::AcqRel) {
            return;
        }
        let link = Arc::clone(link);
        tokio::spawn(async move {
            if let Ok(Ok(fresh)) = tokio::time::timeout(timeout, link.client.get_async_connection()).await {
                link.connection.store(Arc::new(fresh));
            }
            link.rebuilding.store(false, Ordering::Release);
        });
    }
}

/// One node through a reconnecting manager, or a cluster through the slot-aware client.
#[derive(Clone)]
enum Connection {
    Node(ConnectionManager),
    Cluster(ClusterConnection),
}

impl ConnectionLike for Connection {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            Connection::Node(connection) => connection.req_packed_command(cmd),
            Connection::Cluster(connection) => connection.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        match self {
            Connection::Node(connection) => connection.req_packed_commands(pipeline, offset, count),
            Connection::Cluster(connection) => connection.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Connection::Node(connection) => connection.get_db(),
            Connection::Cluster(connection) => connection.get_db(),
        }
    }
}

/// Deletes KEYS[1] if the value part of `{expiry}:{value}` equals ARGV[1].
const DELETE_IF_VALUE: &str = r"
local stored = redis.call('GET', KEYS[1])
if not stored then return 0 end
local sep = string.find(stored, ':', 1, true)
if sep and string.sub(stored, sep + 1) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0";

/// Deletes KEYS[1] if it equals ARGV[1] (the lock owner).
const DELETE_IF_EQUAL: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0";

impl RedisStore {
    /// Connects to `url`; keys start with `prefix`. Each operation, and the connection itself, gives
    /// up after `timeout`.
    ///
    /// - `redis://[user:password@]host:port[/db]`: one node (`rediss://` needs a TLS build of the
    ///   `redis` crate);
    /// - `redis+cluster://[user:password@]host:port[,host:port...]`: a Redis Cluster, from any of
    ///   its nodes (the client discovers the rest); the same as [`connect_cluster`](Self::connect_cluster).
    ///
    /// A malformed URL is a [`StoreErrorKind::Configuration`] error, and nothing is contacted.
    pub async fn connect(
        url: &str,
        prefix: impl Into<String>,
        timeout: Duration,
    ) -> Result<Self, StoreError> {
        if let Some(nodes) = url.strip_prefix(CLUSTER_SCHEME) {
            return Self::connect_cluster(&cluster_seeds(nodes)?, prefix, timeout).await;
        }
        let client = redis::Client::open(url).map_err(|e| bad_url(&e))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(2);
        let connection = deadline(timeout, client.get_connection_manager_with_config(config)).await?;
        Ok(RedisStore { link: Link::Node(connection), prefix: prefix.into(), timeout })
    }

    /// Connects to a Redis Cluster through `seeds` (`redis://host:port` URLs of some of its nodes;
    /// one that answers is enough). Redirects (`MOVED`, `ASK`) are followed by the client.
    pub async fn connect_cluster(
        seeds: &[impl AsRef<str>],
        prefix: impl Into<String>,
        timeout: Duration,
    ) -> Result<Self, StoreError> {
        if seeds.is_empty() {
            return Err(StoreError::new(StoreErrorKind::Configuration, "no Redis Cluster node given"));
        }
        let seeds: Vec<&str> = seeds.iter().map(AsRef::as_ref).collect();
        let client = ClusterClientBuilder::new(seeds)
            .connection_timeout(timeout)
            .response_timeout(timeout)
            .retries(2)
            .build()
            .map_err(|e| bad_url(&e))?;
        let connection = deadline(timeout, client.get_async_connection()).await?;
        let link = ClusterLink {
            client,
            connection: ArcSwap::from_pointee(connection),
            rebuilding: AtomicBool::new(false),
        };
        Ok(RedisStore { link: Link::Cluster(Arc::new(link)), prefix: prefix.into(), timeout })
    }

    /// Runs `operation` on a connection within the timeout. A connection that broke while Redis
    /// was away is replaced on the failing call; the call is then sent once more (if time is left)
    /// instead of failing the first caller after Redis returns. Every operation here may be sent
    /// twice: each is idempotent, and a lock taken by the lost first attempt is recognised by its
    /// owner.
    async fn run<T, F>(&self, operation: impl Fn(Connection) -> F) -> Result<T, StoreError>
    where
        F: Future<Output = redis::RedisResult<T>>,
    {
        let started = Instant::now();
        let result = match tokio::time::timeout(self.timeout, operation(self.link.connection())).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) if is_broken_connection(&error) => {
                let left = self.timeout.saturating_sub(started.elapsed());
                deadline(left, operation(self.link.connection())).await.map_err(|second| {
                    // The later error says more about now; both are categories only.
                    if second.kind() == StoreErrorKind::Timeout {
                        redis_error(&error)
                    } else {
                        second
                    }
                })
            }
            Ok(Err(error)) => Err(redis_error(&error)),
            Err(_) => Err(timed_out(self.timeout)),
        };
        if let Err(error) = &result {
            if matches!(error.kind(), StoreErrorKind::Timeout | StoreErrorKind::Unavailable) {
                self.link.repair(self.timeout);
            }
        }
        result
    }
}

/// `host:port,host:port` of a `redis+cluster://` URL (credentials on the first apply to all) as
/// one `redis://` URL per node.
fn cluster_seeds(nodes: &str) -> Result<Vec<String>, StoreError> {
    let nodes = nodes.trim_end_matches('/');
    let (userinfo, hosts) = match nodes.rsplit_once('@') {
        Some((userinfo, hosts)) => (format!("{userinfo}@"), hosts),
        None => (String::new(), nodes),
    };
    let seeds: Vec<String> = hosts
        .split(',')
        .map(str::trim)
        .filter(|host| !host.is_empty())
        .map(|host| format!("redis://{userinfo}{host}"))
        .collect();
    if seeds.is_empty() {
        return Err(StoreError::new(StoreErrorKind::Configuration, "a redis+cluster:// URL names no node"));
    }
    Ok(seeds)
}

async fn deadline<T>(
    timeout: Duration,
    operation: impl Future<Output = redis::RedisResult<T>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(timeout, operation).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(redis_error(&error)),
        Err(_) => Err(timed_out(timeout)),
    }
}

fn timed_out(timeout: Duration) -> StoreError {
    StoreError::new(StoreErrorKind::Timeout, format!("no answer from Redis within {timeout:?}"))
}

fn bad_url(error: &redis::RedisError) -> StoreError {
    StoreError::new(StoreErrorKind::Configuration, format!("bad Redis URL ({:?})", error.kind()))
}

/// A connection that is gone (refused, dropped, reset): worth one more try on a fresh one.
fn is_broken_connection(error: &redis::RedisError) -> bool {
    !error.is_timeout()
        && (error.is_io_error() || error.is_connection_dropped() || error.is_connection_refusal())
}

/// The error's category only: Redis error text can echo arguments, which may be secrets. The
/// response timeout arrives as an IO error of kind `TimedOut`, so it is checked first.
fn redis_error(error: &redis::RedisError) -> StoreError {
    let kind = if error.is_timeout() {
        StoreErrorKind::Timeout
    } else if error.is_io_error()
        || error.is_connection_dropped()
        || error.is_connection_refusal()
        || error.is_cluster_error()
    {
        StoreErrorKind::Unavailable
    } else {
        StoreErrorKind::Protocol
    };
    StoreError::new(kind, format!("Redis {:?}", error.kind()))
}

fn encode(value: &StoredValue, expires_at_ms: u64) -> String {
    match value.refresh_at_ms {
        Some(refresh_at) => format!("{expires_at_ms}/{refresh_at}:{}", value.value),
        None => format!("{expires_at_ms}:{}", value.value),
    }
}

fn decode(stored: &str, now_ms: u64) -> Result<Option<StoredValue>, StoreError> {
    let malformed = || StoreError::new(StoreErrorKind::Protocol, "malformed stored value");
    let (head, value) = stored.split_once(':').ok_or_else(malformed)?;
    let (expires, refresh) = match head.split_once('/') {
        Some((expires, refresh)) => (expires, Some(refresh.parse::<u64>().map_err(|_| malformed())?)),
        None => (head, None),
    };
    let expires_at_ms = match expires.parse::<u64>().map_err(|_| malformed())? {
        0 => None,
        at if at <= now_ms => return Ok(None),
        at => Some(at),
    };
    Ok(Some(StoredValue { value: value.to_owned(), expires_at_ms, refresh_at_ms: refresh }))
}

impl RedisStore {
    async fn get_rendered(&self, key: &str) -> Result<Option<StoredValue>, StoreError> {
        let stored: Option<String> = self.run(|mut c| async move { c.get(key).await }).await?;
        match stored {
            Some(stored) => decode(&stored, SystemClock.now_ms()),
            None => Ok(None),
        }
    }

    async fn set_rendered(&self, key: &str, value: &StoredValue) -> Result<(), StoreError> {
        match value.expires_at_ms {
            None => {
                let encoded = encode(value, 0);
                self.run(|mut c| {
                    let encoded = encoded.clone();
                    async move { c.set(key, encoded).await }
                })
                .await
            }
            Some(at) => {
                let ttl = at.saturating_sub(SystemClock.now_ms());
                if ttl == 0 {
                    return self.run(|mut c| async move { c.del(key).await }).await;
                }
                let encoded = encode(value, at);
                self.run(|mut c| {
                    let encoded = encoded.clone();
                    async move { c.pset_ex(key, encoded, ttl).await }
                })
                .await
            }
        }
    }
}

impl TokenStore for RedisStore {
    fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>> {
        Box::pin(async move {
            let rendered = key.render(&self.prefix);
            if let Some(found) = self.get_rendered(&rendered).await? {
                return Ok(Some(found));
            }
            // Written by a version before the hash tags: moved under the current key once.
            let Some(found) = self.get_rendered(&key.render_untagged(&self.prefix)).await? else {
                return Ok(None);
            };
            self.set_rendered(&rendered, &found).await?;
            Ok(Some(found))
        })
    }

    fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move { self.set_rendered(&key.render(&self.prefix), &value).await })
    }

    fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let keys = [key.render(&self.prefix), key.render_untagged(&self.prefix)];
            for key in &keys {
                self.run(|mut c| async move { c.del::<_, ()>(key).await }).await?;
            }
            Ok(())
        })
    }

    fn delete_if<'a>(
        &'a self,
        key: &'a StoreKey,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut deleted = false;
            for key in [key.render(&self.prefix), key.render_untagged(&self.prefix)] {
                let removed: i64 = self
                    .run(|mut c| {
                        let key = key.clone();
                        async move {
                            Script::new(DELETE_IF_VALUE).key(key).arg(expected).invoke_async(&mut c).await
                        }
                    })
                    .await?;
                deleted |= removed == 1;
            }
            Ok(deleted)
        })
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a StoreKey,
        owner: &'a str,
        lease_ms: u64,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let lock = key.render_lock(&self.prefix);
            let lock = lock.as_str();
            let taken: Option<String> = self
                .run(|mut c| async move {
                    redis::cmd("SET")
                        .arg(lock)
                        .arg(owner)
                        .arg("NX")
                        .arg("PX")
                        .arg(lease_ms)
                        .query_async(&mut c)
                        .await
                })
                .await?;
            if taken.is_some() {
                return Ok(true);
            }
            // A first attempt that was lost on a broken connection may have taken it already.
            let holder: Option<String> = self.run(|mut c| async move { c.get(lock).await }).await?;
            Ok(holder.as_deref() == Some(owner))
        })
    }

    fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let lock = key.render_lock(&self.prefix);
            let lock = lock.as_str();
            let _: i64 = self
                .run(|mut c| async move {
                    Script::new(DELETE_IF_EQUAL).key(lock).arg(owner).invoke_async(&mut c).await
                })
                .await?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_carry_their_expiry_and_refresh_moment() {
        assert_eq!(decode("0:refresh", 5).unwrap().unwrap().expires_at_ms, None);
        let value = decode("10:tok:en", 5).unwrap().unwrap();
        assert_eq!(
            (value.value.as_str(), value.expires_at_ms, value.refresh_at_ms),
            ("tok:en", Some(10), None)
        );
        assert!(decode("10:token", 10).unwrap().is_none(), "expired at its expiry instant");
        assert!(decode("garbage", 0).is_err());
        assert!(decode("10/x:token", 0).is_err());

        let value = StoredValue::new("tok:en", Some(10)).refresh_at(8);
        assert_eq!(encode(&value, 10), "10/8:tok:en");
        assert_eq!(decode(&encode(&value, 10), 5).unwrap(), Some(value));
    }

    #[test]
    fn a_response_timeout_is_a_timeout_not_an_outage() {
        let timed_out = redis::RedisError::from(std::io::Error::new(std::io::ErrorKind::TimedOut, "late"));
        assert!(timed_out.is_io_error(), "the redis crate reports it as an IO error");
        assert_eq!(redis_error(&timed_out).kind(), StoreErrorKind::Timeout);
        assert!(!is_broken_connection(&timed_out), "a frozen server is not asked twice");
        let refused =
            redis::RedisError::from(std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "no"));
        assert_eq!(redis_error(&refused).kind(), StoreErrorKind::Unavailable);
        assert!(is_broken_connection(&refused));
    }

    #[test]
    fn cluster_urls_name_every_seed_with_the_credentials() {
        assert_eq!(
            cluster_seeds("127.0.0.1:7000,127.0.0.1:7001/").unwrap(),
            ["redis://127.0.0.1:7000", "redis://127.0.0.1:7001"]
        );
        assert_eq!(
            cluster_seeds("user:pw@h1:1,h2:2").unwrap(),
            ["redis://user:pw@h1:1", "redis://user:pw@h2:2"]
        );
        assert_eq!(cluster_seeds(",").unwrap_err().kind(), StoreErrorKind::Configuration);
    }

    #[tokio::test]
    async fn a_malformed_url_is_a_configuration_error_and_contacts_nothing() {
        let timeout = Duration::from_millis(200);
        for url in ["not a url", "redis://host:notaport", "redis+cluster://", "redis+cluster://h:x"] {
            let Err(error) = RedisStore::connect(url, "p", timeout).await else { panic!("{url} connected") };
            assert_eq!(error.kind(), StoreErrorKind::Configuration, "{url}: {error}");
        }
    }
}
