//! The process cache and the single flight: a fresh token is read without a lock; otherwise one
//! fetch per credential runs at a time and every caller waiting on it gets its result.

use super::*;

/// After a failed refresh while the old token is still valid, the old token is served for this long
/// before the next attempt, so an outage does not turn into a stream of token requests.
const RETRY_AFTER_FAILURE_MS: u64 = 1000;

/// One credential's process-local state.
#[derive(Default)]
pub(super) struct CredentialSlot {
    pub(super) cached: ArcSwapOption<Cached>,
    pub(super) flight: Mutex<Flight>,
    /// Granted permission sets; `None` until read from the store.
    pub(super) grants: ArcSwapOption<Grants>,
    /// An authorizer's refresh token that WeChat issued while the store could not take it: used
    /// for the next refresh, and written when the store answers again.
    pub(super) unsaved_refresh_token: ArcSwapOption<Secret>,
}

/// The longest lifetime a fetched token is believed to have (WeChat's last 2 hours): a larger
/// `expires_in` is clamped, so a server's value never overflows the clock arithmetic.
const MAX_TOKEN_LIFETIME_S: u64 = 24 * 3600;

/// When a token that the server says lasts `expires_in_s` seconds from `now_ms` expires; a token
/// that has already expired is an error (cached, it would be fetched again on every call).
pub(super) fn token_expiry(now_ms: u64, expires_in_s: u64) -> Result<u64, CredentialError> {
    if expires_in_s == 0 {
        return Err(CredentialError::new(
            "the token endpoint answered a token that has already expired (expires_in 0)",
        )
        .with_class(ErrorClass::Decode));
    }
    Ok(now_ms.saturating_add(expires_in_s.min(MAX_TOKEN_LIFETIME_S) * 1000))
}

/// A token with its expiry (`Debug` shows no token: `Secret` redacts it).
#[derive(Debug)]
pub(super) struct Cached {
    pub(super) token: Secret,
    pub(super) expires_at_ms: u64,
    /// When a refresh starts: the margin before expiry, at most half the lifetime.
    pub(super) refresh_at_ms: u64,
}

impl Cached {
    pub(super) fn new(token: Secret, now_ms: u64, expires_at_ms: u64, margin_ms: u64) -> Self {
        let lifetime = expires_at_ms.saturating_sub(now_ms);
        Cached { token, expires_at_ms, refresh_at_ms: expires_at_ms - margin_ms.min(lifetime / 2) }
    }
}

pub(super) enum Grants {
    Unknown,
    Known(Arc<[u16]>),
}

type FlightResult = Option<Result<Arc<Cached>, CredentialError>>;

#[derive(Default)]
pub(super) struct Flight {
    pub(super) running: Option<watch::Receiver<FlightResult>>,
    /// The token the server rejected last: a fetch must not hand it out again.
    pub(super) rejected: Option<Secret>,
    /// No fetch before this time (the still-valid token is served meanwhile).
    pub(super) retry_at_ms: u64,
    /// After 45009: this error until the given time, without fetching.
    pub(super) cooldown: Option<Box<(u64, CredentialError)>>,
}

impl CredentialSlot {
    /// The cached token while fresh. Handed out as a copy: cloning the shared `Arc` would make every
    /// caller of a busy authorizer write to one reference count (measured in BENCHMARKS.md).
    pub(super) fn fresh(&self, now_ms: u64) -> Option<Secret> {
        let cached = self.cached.load();
        cached.as_ref().filter(|c| now_ms < c.refresh_at_ms).map(|c| Secret::from(c.token.expose()))
    }

    pub(super) fn flight(&self) -> MutexGuard<'_, Flight> {
        // Every critical section is a few assignments; a panic cannot leave the state half-made.
        self.flight.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl TokenManager {
    /// A valid token for `credential`: the cache, or the (shared) flight.
    pub(super) async fn get(&self, credential: OwnedCredential) -> Result<Secret, CredentialError> {
        let slot = self.slot(&credential);
        if let Some(token) = slot.fresh(self.now()) {
            return Ok(token);
        }
        self.refresh(slot, credential).await
    }

    pub(super) async fn refresh(
        &self,
        slot: Arc<CredentialSlot>,
        credential: OwnedCredential,
    ) -> Result<Secret, CredentialError> {
        let mut receiver = {
            let now = self.now();
            let mut flight = slot.flight();
            if let Some(token) = slot.fresh(now) {
                return Ok(token);
            }
            if let Some(receiver) = &flight.running {
                receiver.clone()
            } else {
                if let Some(cooldown) = flight.cooldown.as_deref().filter(|(until, _)| now < *until) {
                    return Err(cooldown.1.clone());
                }
                if now < flight.retry_at_ms {
                    if let Some(valid) = slot.cached.load().as_ref().filter(|c| now < c.expires_at_ms) {
                        return Ok(valid.token.clone());
                    }
                }
                self.start_flight(&slot, &mut flight, credential)
            }
        };
        let result = receiver
            .wait_for(Option::is_some)
            .await
            .map(|result| result.clone())
            .map_err(|_| CredentialError::new("the token refresh ended without a result"))?;
        match result {
            Some(Ok(cached)) => Ok(cached.token.clone()),
            Some(Err(error)) => {
                // Refresh ahead of expiry failed: the old token still works until it expires.
                match slot.cached.load().as_ref().filter(|c| self.now() < c.expires_at_ms) {
                    Some(valid) => Ok(valid.token.clone()),
                    None => Err(error),
                }
            }
            None => Err(CredentialError::new("the token refresh ended without a result")),
        }
    }

    /// Spawns the fetch, so that it completes even if the caller that started it goes away.
    fn start_flight(
        &self,
        slot: &Arc<CredentialSlot>,
        flight: &mut Flight,
        credential: OwnedCredential,
    ) -> watch::Receiver<FlightResult> {
        let (sender, receiver) = watch::channel(None);
        flight.running = Some(receiver.clone());
        flight.cooldown = None;
        let rejected = flight.rejected.clone();
        let (manager, slot) = (self.clone(), slot.clone());
        tokio::spawn(async move {
            let result = manager.fetch(&credential, rejected.as_ref()).await.map(Arc::new);
            let now = manager.now();
            {
                let mut flight = slot.flight();
                match &result {
                    Ok(cached) => {
                        slot.cached.store(Some(cached.clone()));
                        flight.rejected = None;
                        flight.retry_at_ms = 0;
                    }
                    Err(error) if error.class() == ErrorClass::QuotaExhausted => {
                        let until = now + manager.inner.settings.quota_cooldown_ms;
                        flight.cooldown = Some(Box::new((until, error.clone())));
                    }
                    Err(_) => flight.retry_at_ms = now + RETRY_AFTER_FAILURE_MS,
                }
                flight.running = None;
            }
            let _ = sender.send(Some(result));
        });
        receiver
    }

    pub(super) fn invalidate_cached(&self, slot: &CredentialSlot, stale: &Secret) {
        let mut flight = slot.flight();
        let current = slot.cached.load_full();
        if current.as_ref().is_some_and(|c| c.token == *stale) {
            slot.cached.store(None);
        }
        flight.rejected = Some(stale.clone());
        flight.retry_at_ms = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_795_219_200_000;

    #[test]
    fn expiry_is_clamped_saturated_and_never_zero() {
        assert_eq!(token_expiry(NOW, 7200).unwrap(), NOW + 7_200_000);
        let day = NOW + MAX_TOKEN_LIFETIME_S * 1000;
        assert_eq!(token_expiry(NOW, i64::MAX as u64).unwrap(), day);
        assert_eq!(token_expiry(NOW, u64::MAX).unwrap(), day);
        assert_eq!(token_expiry(u64::MAX - 5, 7200).unwrap(), u64::MAX);
        assert_eq!(token_expiry(NOW, 0).unwrap_err().class(), ErrorClass::Decode);
    }

    #[test]
    fn a_refresh_starts_at_the_margin_or_half_the_lifetime() {
        let token = || Secret::from("T");
        // A 2-hour token with a 5-minute margin: refreshed 5 minutes before it expires.
        let cached = Cached::new(token(), NOW, NOW + 7_200_000, 300_000);
        assert_eq!(cached.refresh_at_ms, NOW + 7_200_000 - 300_000);
        // A 200-second token: the margin would leave nothing, so half its lifetime.
        let cached = Cached::new(token(), NOW, NOW + 200_000, 300_000);
        assert_eq!(cached.refresh_at_ms, NOW + 100_000);
        // Already expired: due now, and no arithmetic underflows.
        let cached = Cached::new(token(), NOW, NOW - 1, 300_000);
        assert_eq!(cached.refresh_at_ms, NOW - 1);
    }

    #[test]
    fn a_slot_hands_out_its_token_until_the_refresh_is_due() {
        let slot = CredentialSlot::default();
        assert_eq!(slot.fresh(NOW), None);
        slot.cached.store(Some(Arc::new(Cached::new(Secret::from("T"), NOW, NOW + 7_200_000, 300_000))));
        assert_eq!(slot.fresh(NOW + 6_899_999), Some(Secret::from("T")));
        assert_eq!(slot.fresh(NOW + 6_900_000), None);
    }
}
