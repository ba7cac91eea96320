//! A [`TokenStore`] on Redis (feature `redis`): processes of a deployment share tokens, tickets,
//! refresh tokens and grants, and refresh each credential once between them.
//!
//! Every operation touches one key (compare-and-delete runs as a one-key Lua script), so it works on
//! a single node and on Redis Cluster alike. Every operation has a deadline: an unreachable Redis is a
//! typed [`StoreError`] after the configured timeout, never a hang.

use std::future::Future;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{AsyncCommands, Script};

use crate::credential::BoxFuture;

use super::clock::{Clock, SystemClock};
use super::store::{StoreError, StoreErrorKind, StoreKey, StoredValue, TokenStore};

/// Values are stored as `{expires_at_ms}:{value}` (0: no expiry), with a matching Redis TTL.
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
    timeout: Duration,
}

/// Deletes KEYS[1] if the value part of `{expires}:{value}` equals ARGV[1].
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
    /// Connects to `url` (`redis://host:port/db`); keys start with `prefix`. Each operation, and the
    /// connection itself, gives up after `timeout`.
    pub async fn connect(
        url: &str,
        prefix: impl Into<String>,
        timeout: Duration,
    ) -> Result<Self, StoreError> {
        let client = redis::Client::open(url).map_err(|e| {
            StoreError::new(StoreErrorKind::Protocol, format!("bad Redis URL: {}", e.kind_name()))
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(2);
        let connection = deadline(timeout, client.get_connection_manager_with_config(config)).await?;
        Ok(RedisStore { connection, prefix: prefix.into(), timeout })
    }

    async fn run<T>(&self, operation: impl Future<Output = redis::RedisResult<T>>) -> Result<T, StoreError> {
        deadline(self.timeout, operation).await
    }
}

async fn deadline<T>(
    timeout: Duration,
    operation: impl Future<Output = redis::RedisResult<T>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(timeout, operation).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(redis_error(&error)),
        Err(_) => {
            Err(StoreError::new(StoreErrorKind::Timeout, format!("no answer from Redis within {timeout:?}")))
        }
    }
}

/// The error's category only: Redis error text can echo arguments, which may be secrets.
fn redis_error(error: &redis::RedisError) -> StoreError {
    let kind = if error.is_io_error() || error.is_connection_dropped() || error.is_connection_refusal() {
        StoreErrorKind::Unavailable
    } else if error.is_timeout() {
        StoreErrorKind::Timeout
    } else {
        StoreErrorKind::Protocol
    };
    StoreError::new(kind, format!("Redis {}", error.kind_name()))
}

trait KindName {
    fn kind_name(&self) -> String;
}

impl KindName for redis::RedisError {
    fn kind_name(&self) -> String {
        format!("{:?}", self.kind())
    }
}

fn decode(stored: &str, now_ms: u64) -> Result<Option<StoredValue>, StoreError> {
    let malformed = || StoreError::new(StoreErrorKind::Protocol, "malformed stored value");
    let (expires, value) = stored.split_once(':').ok_or_else(malformed)?;
    let expires_at_ms = match expires.parse::<u64>().map_err(|_| malformed())? {
        0 => None,
        at if at <= now_ms => return Ok(None),
        at => Some(at),
    };
    Ok(Some(StoredValue { value: value.to_owned(), expires_at_ms }))
}

impl TokenStore for RedisStore {
    fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let stored: Option<String> = self.run(connection.get(key.render(&self.prefix))).await?;
            match stored {
                Some(stored) => decode(&stored, SystemClock.now_ms()),
                None => Ok(None),
            }
        })
    }

    fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let rendered = key.render(&self.prefix);
            match value.expires_at_ms {
                None => self.run(connection.set(rendered, format!("0:{}", value.value))).await,
                Some(at) => {
                    let ttl = at.saturating_sub(SystemClock.now_ms());
                    if ttl == 0 {
                        return self.run(connection.del(rendered)).await;
                    }
                    self.run(connection.pset_ex(rendered, format!("{at}:{}", value.value), ttl)).await
                }
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            self.run(connection.del(key.render(&self.prefix))).await
        })
    }

    fn delete_if<'a>(
        &'a self,
        key: &'a StoreKey,
        expected: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let script = Script::new(DELETE_IF_VALUE);
            let mut invocation = script.key(key.render(&self.prefix));
            invocation.arg(expected);
            let deleted: i64 = self.run(invocation.invoke_async(&mut connection)).await?;
            Ok(deleted == 1)
        })
    }

    fn try_lock<'a>(
        &'a self,
        key: &'a StoreKey,
        owner: &'a str,
        lease_ms: u64,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let mut command = redis::cmd("SET");
            command.arg(key.render_lock(&self.prefix)).arg(owner).arg("NX").arg("PX").arg(lease_ms);
            let reply: Option<String> = self.run(command.query_async(&mut connection)).await?;
            Ok(reply.is_some())
        })
    }

    fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut connection = self.connection.clone();
            let script = Script::new(DELETE_IF_EQUAL);
            let mut invocation = script.key(key.render_lock(&self.prefix));
            invocation.arg(owner);
            let _: i64 = self.run(invocation.invoke_async(&mut connection)).await?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_carry_their_expiry() {
        assert_eq!(decode("0:refresh", 5).unwrap().unwrap().expires_at_ms, None);
        let value = decode("10:tok:en", 5).unwrap().unwrap();
        assert_eq!((value.value.as_str(), value.expires_at_ms), ("tok:en", Some(10)));
        assert!(decode("10:token", 10).unwrap().is_none(), "expired at its expiry instant");
        assert!(decode("garbage", 0).is_err());
    }
}
