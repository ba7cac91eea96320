//! The SDK's per-call cost against hand-written reqwest + serde_json calling the same loopback
//! server in the same run, sequentially and at 64 concurrent calls; and the connections 10,000
//! calls at 64 concurrency open.
//!
//! `cargo bench -p wx-tests --bench overhead`
//!
//! The machine is shared and has 2 vCPUs: wall-clock figures drift by several percent between runs,
//! so runs are short, many, interleaved and compared pair by pair.
//!
//! Two hand-written baselines: bare reqwest (no timeout at all), and reqwest with the timeouts the
//! SDK sets by default (5 s connect, 10 s per exchange), which is the like-for-like one: a deadline
//! costs a timer per call, and a production client cannot go without one.
//!
//! `PROFILE_ONLY=sdk|raw` runs only one side (reqwest with timeouts for `raw`), 200,000 calls at 64
//! concurrency, for `perf record`; `PROFILE_CALLS=N` sets the count (under 4,096: one at a time),
//! for counting instructions per call with callgrind (see BENCHMARKS.md).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
use wx_endpoints::{Client, RetryPolicy, StaticCredentials};
use wx_tests::fault_server::{Behavior, FaultServer};

const CALLS: usize = 5_000;
const RUNS: usize = 21;
/// The connection count is taken over this many calls.
const CONNECTION_CALLS: usize = 10_000;
const OK: &str = r#"{"errcode":0,"errmsg":"ok"}"#;

#[derive(Serialize)]
struct RawBody {
    status: u8,
}

async fn raw_call(http: &reqwest::Client, url: &str) {
    let body = serde_json::to_vec(&RawBody { status: 1 }).unwrap();
    let response = http.post(url).header("content-type", "application/json").body(body).send().await.unwrap();
    let bytes = response.bytes().await.unwrap();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["errcode"], 0);
}

async fn sdk_call(client: &Client) {
    SetSearchStatus { status: SearchStatus::Hidden }.call(client).await.unwrap();
}

fn sdk_client(server: &FaultServer) -> Client {
    Client::builder()
        .wechat_base_url(server.url())
        .credentials(StaticCredentials::new().access_token("BENCH_TOKEN"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn raw_client(with_timeouts: bool) -> reqwest::Client {
    let builder = reqwest::Client::builder();
    let builder = match with_timeouts {
        true => builder.connect_timeout(Duration::from_secs(5)).timeout(Duration::from_secs(10)),
        false => builder,
    };
    builder.build().unwrap()
}

/// Wall time of `calls` calls, `concurrency` at a time.
async fn timed<F, Fut>(calls: usize, concurrency: usize, call: F) -> Duration
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let call = Arc::new(call);
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let call = call.clone();
            tokio::spawn(async move {
                for _ in 0..calls / concurrency {
                    call().await;
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    started.elapsed()
}

async fn timed_raw(calls: usize, concurrency: usize, http: &reqwest::Client, url: &str) -> Duration {
    let (http, url) = (http.clone(), url.to_owned());
    timed(calls, concurrency, move || {
        let (http, url) = (http.clone(), url.clone());
        async move { raw_call(&http, &url).await }
    })
    .await
}

async fn timed_sdk(calls: usize, concurrency: usize, client: &Client) -> Duration {
    let client = client.clone();
    timed(calls, concurrency, move || {
        let client = client.clone();
        async move { sdk_call(&client).await }
    })
    .await
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

/// The median of the run-by-run ratios `a[i] / b[i]`.
fn median_ratio(a: &[Duration], b: &[Duration]) -> f64 {
    let mut ratios: Vec<f64> = a.iter().zip(b).map(|(a, b)| a.as_secs_f64() / b.as_secs_f64()).collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

fn per_call(total: Duration) -> f64 {
    total.as_secs_f64() * 1e6 / CALLS as f64
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let server = FaultServer::start(vec![Behavior::json(OK)]).await;
        let client = sdk_client(&server);
        let url = format!("{}/wxa/changewxasearchstatus?access_token=BENCH_TOKEN", server.url());
        let (bare, timed_http) = (raw_client(false), raw_client(true));

        if let Ok(side) = std::env::var("PROFILE_ONLY") {
            let calls = std::env::var("PROFILE_CALLS").ok().and_then(|n| n.parse().ok()).unwrap_or(200_000);
            let concurrency = if calls >= 64 * 64 { 64 } else { 1 };
            let total = match side.as_str() {
                "sdk" => timed_sdk(calls, concurrency, &client).await,
                _ => timed_raw(calls, concurrency, &timed_http, &url).await,
            };
            println!("{side}: {:?} per call", total / calls as u32);
            return;
        }

        for concurrency in [1, 64] {
            let (mut sdk, mut raw_bare, mut raw_timed) = (Vec::new(), Vec::new(), Vec::new());
            // Interleaved in a rotating order, so that drift of the machine and the order of the
            // three hit all of them alike; the ratios are taken run by run (paired), then their
            // median, which a slow moment of the shared machine moves less than a ratio of medians.
            for run in 0..RUNS {
                for side in 0..3 {
                    match (run + side) % 3 {
                        0 => raw_bare.push(timed_raw(CALLS, concurrency, &bare, &url).await),
                        1 => raw_timed.push(timed_raw(CALLS, concurrency, &timed_http, &url).await),
                        _ => sdk.push(timed_sdk(CALLS, concurrency, &client).await),
                    }
                }
            }
            let ratio_timed = median_ratio(&sdk, &raw_timed);
            let ratio_bare = median_ratio(&sdk, &raw_bare);
            println!(
                "{concurrency:>2} concurrent: raw reqwest {:.1} µs/call, with timeouts {:.1} µs/call, SDK {:.1} µs/call; \
                 ratio {ratio_timed:.3} to reqwest with timeouts, {ratio_bare:.3} to bare reqwest \
                 (medians of {RUNS} paired runs of {CALLS} calls)",
                per_call(median(raw_bare)),
                per_call(median(raw_timed)),
                per_call(median(sdk)),
            );
        }

        // Connections: each side against a fresh server, counting accepted connections.
        let fresh = FaultServer::start(vec![Behavior::json(OK)]).await;
        timed_sdk(CONNECTION_CALLS, 64, &sdk_client(&fresh)).await;
        println!("SDK: connections opened for {} calls at 64 concurrency: {}", fresh.requests(), fresh.connections());
        let fresh = FaultServer::start(vec![Behavior::json(OK)]).await;
        let url = format!("{}/wxa/changewxasearchstatus?access_token=BENCH_TOKEN", fresh.url());
        timed_raw(CONNECTION_CALLS, 64, &raw_client(true), &url).await;
        println!(
            "raw reqwest: connections opened for {} calls at 64 concurrency: {}",
            fresh.requests(),
            fresh.connections()
        );
    });
}
