//! The SDK's per-call cost against hand-written reqwest + serde_json calling the same loopback
//! server in the same run, sequentially and at 64 concurrent calls; and the connections 10,000
//! calls at 64 concurrency open.
//!
//! `cargo bench -p wx-tests --bench overhead`

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use wx_endpoints::wechat::basic_info::{SearchStatus, SetSearchStatus};
use wx_endpoints::{Client, RetryPolicy, StaticCredentials};
use wx_tests::fault_server::{Behavior, FaultServer};

const CALLS: usize = 10_000;
const RUNS: usize = 5;

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

/// Wall time of `CALLS` calls, `concurrency` at a time.
async fn timed<F, Fut>(concurrency: usize, call: F) -> Duration
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
                for _ in 0..CALLS / concurrency {
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

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let server = FaultServer::start(vec![Behavior::json(r#"{"errcode":0,"errmsg":"ok"}"#)]).await;
        let client = Client::builder()
            .wechat_base_url(server.url())
            .credentials(StaticCredentials::new().access_token("BENCH_TOKEN"))
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let http = reqwest::Client::new();
        let url = format!("{}/wxa/changewxasearchstatus?access_token=BENCH_TOKEN", server.url());
        for concurrency in [1, 64] {
            let (mut sdk, mut raw) = (Vec::new(), Vec::new());
            for _ in 0..RUNS {
                let (c, h, u) = (client.clone(), http.clone(), url.clone());
                raw.push(timed(concurrency, move || {
                    let (h, u) = (h.clone(), u.clone());
                    async move { raw_call(&h, &u).await }
                }).await);
                let _ = &c;
                let c2 = client.clone();
                sdk.push(timed(concurrency, move || {
                    let c = c2.clone();
                    async move { sdk_call(&c).await }
                }).await);
            }
            let (sdk, raw) = (median(sdk), median(raw));
            println!(
                "{concurrency:>2} concurrent: raw reqwest {:.1} µs/call, SDK {:.1} µs/call, ratio {:.3} (median of {RUNS} runs of {CALLS})",
                raw.as_secs_f64() * 1e6 / CALLS as f64,
                sdk.as_secs_f64() * 1e6 / CALLS as f64,
                sdk.as_secs_f64() / raw.as_secs_f64()
            );
        }

        let fresh = FaultServer::start(vec![Behavior::json(r#"{"errcode":0,"errmsg":"ok"}"#)]).await;
        let client = Client::builder()
            .wechat_base_url(fresh.url())
            .credentials(StaticCredentials::new().access_token("BENCH_TOKEN"))
            .build()
            .unwrap();
        timed(64, move || {
            let c = client.clone();
            async move { sdk_call(&c).await }
        })
        .await;
        println!("connections opened for {} calls at 64 concurrency: {}", fresh.requests(), fresh.connections());
    });
}
