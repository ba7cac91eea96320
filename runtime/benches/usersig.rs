//! UserSig generation and verification per second, and the cached path of the admin UserSig.
//!
//! `cargo bench -p wx-runtime --bench usersig`

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wx_runtime::im::usersig::{self, UserSigParams};
use wx_runtime::{Client, CredentialRequest, CredentialSource, Secret};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn ready<T>(future: impl Future<Output = T>) -> T {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut context) {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("a cached UserSig must not wait"),
    }
}

fn bench(c: &mut Criterion) {
    let key = Secret::from(KEY);
    let params = UserSigParams {
        sdkappid: 1400000000,
        key: &key,
        identifier: "administrator",
        expire: 86400,
        time: 1700000000,
        userbuf: None,
    };
    let sig = usersig::generate(&params);

    let mut group = c.benchmark_group("usersig");
    group.throughput(Throughput::Elements(1));
    group.bench_function("generate", |b| b.iter(|| usersig::generate(black_box(&params))));
    group.bench_function("verify", |b| {
        b.iter(|| {
            usersig::verify(black_box(sig.expose()), 1400000000, &key, "administrator", 1700000001, None)
                .unwrap()
        })
    });
    group.finish();

    // The admin UserSig a call uses: generated once, then served from the cache.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = Client::builder().im(1400000000, "administrator").im_secret_key(KEY).build().unwrap();
    let tokens = client.tokens().unwrap().clone();
    runtime.block_on(tokens.credential(CredentialRequest::ImAdmin)).unwrap();
    c.bench_function("usersig cached (admin credential hit)", |b| {
        b.iter(|| ready(tokens.credential(CredentialRequest::ImAdmin)).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
