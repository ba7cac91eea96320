//! The cache-hit path of getting a token: target under 1 µs, and no contention between threads.
//!
//! `cargo bench -p wx-runtime --bench token_cache`

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use wx_runtime::{CredentialRequest, CredentialSource, Secret, TokenManager};

mod support;

use support::{appid, token};

const AUTHORIZERS: usize = 10_000;

fn primed() -> TokenManager {
    let appids: Vec<String> = (0..AUTHORIZERS).map(appid).collect();
    let client = support::client(support::filled_store(&appids));
    support::warm(&client, &appids);
    client.tokens().expect("managed tokens").clone()
}

/// Polls a future that a cache hit completes at once.
fn ready<T>(future: impl Future<Output = T>) -> T {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut context) {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("a cache hit must not wait"),
    }
}

fn hit(tokens: &TokenManager, appid: &str) -> Secret {
    ready(tokens.credential(CredentialRequest::Authorizer { appid })).expect("cached")
}

/// `threads` threads each getting `per_thread` tokens of `appids` at once; the wall time, so that
/// criterion's per-iteration figure is the time of one get as each thread sees it.
fn contended(tokens: &TokenManager, appids: &[String], threads: usize, per_thread: u64) -> Duration {
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..threads {
            scope.spawn(move || {
                for n in 0..per_thread {
                    let appid = &appids[(t * 7919 + n as usize) % appids.len()];
                    black_box(hit(tokens, appid));
                }
            });
        }
    });
    started.elapsed()
}

/// The control: the same shape of work (hash a key, copy a token) on thread-local data only. How
/// much this slows with 2 threads is the machine's own scaling, not contention.
fn control(appids: &[String], threads: usize, per_thread: u64) -> Duration {
    use std::hash::BuildHasher;
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..threads {
            scope.spawn(move || {
                let hasher = std::collections::hash_map::RandomState::new();
                let local = token(t);
                for n in 0..per_thread {
                    let appid = &appids[(t * 7919 + n as usize) % appids.len()];
                    black_box(hasher.hash_one(appid));
                    black_box(Secret::from(local.expose()));
                }
            });
        }
    });
    started.elapsed()
}

fn bench(c: &mut Criterion) {
    let tokens = primed();
    let appids: Vec<String> = (0..AUTHORIZERS).map(appid).collect();
    let one = vec![appids[42].clone()];

    c.bench_function("token cache hit, 1 thread", |b| b.iter(|| hit(&tokens, black_box(&appids[42]))));
    // Per-get time seen by each thread while both work at once: equal to the 1-thread figure when
    // there is no contention.
    c.bench_function("token cache hit, 2 threads, same authorizer", |b| {
        b.iter_custom(|iterations| contended(&tokens, &one, 2, iterations))
    });
    c.bench_function("token cache hit, 2 threads, 10k authorizers", |b| {
        b.iter_custom(|iterations| contended(&tokens, &appids, 2, iterations))
    });
    c.bench_function("token cache hit, 1 thread, 10k authorizers", |b| {
        b.iter_custom(|iterations| contended(&tokens, &appids, 1, iterations))
    });
    c.bench_function("control (thread-local work), 1 thread", |b| {
        b.iter_custom(|iterations| control(&appids, 1, iterations))
    });
    c.bench_function("control (thread-local work), 2 threads", |b| {
        b.iter_custom(|iterations| control(&appids, 2, iterations))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
