//! Startup time of the sandbox (target: under 50 ms) and the calls per second it sustains on
//! loopback (target: at least 20,000 on 2 cores; the load generator shares those cores).
//!
//! `cargo bench -p wx-sandbox --bench sandbox`

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use wx_sandbox::Sandbox;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        // Startup: bind, state, spawn the server; until it answers a first request.
        let http = reqwest::Client::new();
        let mut startups = Vec::new();
        for _ in 0..30 {
            let started = Instant::now();
            let sandbox = Sandbox::start().await.unwrap();
            http.get(format!("{}/cgi-bin/wxopen/getallcategories", sandbox.base_url())).send().await.unwrap();
            startups.push(started.elapsed());
        }
        startups.sort();
        println!(
            "startup to first answer: median {:?}, max {:?} (30 starts)",
            startups[startups.len() / 2],
            startups[startups.len() - 1]
        );

        // Throughput: authorized simple calls from 32 keep-alive connections for 5 seconds.
        let sandbox = Sandbox::start().await.unwrap();
        let c = sandbox.credentials().clone();
        let token_url = format!(
            "{}/cgi-bin/token?grant_type=client_credential&appid={}&secret={}",
            sandbox.base_url(),
            c.app_appid,
            c.app_secret
        );
        let token: serde_json::Value =
            serde_json::from_slice(&http.get(token_url).send().await.unwrap().bytes().await.unwrap())
                .unwrap();
        let url = format!(
            "{}/cgi-bin/wxopen/getallcategories?access_token={}",
            sandbox.base_url(),
            token["access_token"].as_str().unwrap()
        );
        sandbox.control().set_per_minute_limit(u32::MAX).expect("a limit");
        let done = Arc::new(AtomicU64::new(0));
        let deadline = Instant::now() + Duration::from_secs(5);
        let workers: Vec<_> = (0..32)
            .map(|_| {
                let (http, url, done) = (http.clone(), url.clone(), done.clone());
                tokio::spawn(async move {
                    while Instant::now() < deadline {
                        let response = http.get(&url).send().await.unwrap();
                        let _ = response.bytes().await.unwrap();
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.await.unwrap();
        }
        let calls = done.load(Ordering::Relaxed);
        println!("throughput: {} calls/s over 5 s (32 connections, client on the same 2 cores)", calls / 5);
    });
}
