//! A push on the message-and-event URL: verify the signature, decrypt, and type it, per second.
//! The same push as `benches/peer/push_wechatpy.py` times with wechatpy's `decrypt_message`.
//!
//! `cargo bench -p wx-endpoints --bench push`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wx_endpoints::callback::{CallbackQuery, MsgCrypt};
use wx_endpoints::push::{Push, PushHandler};
use wx_endpoints::token::ManualClock;
use wx_endpoints::Client;

const TOKEN: &str = "sandbox_callback_token";
const AES_KEY: &str = "sandboxEncodingAesKey0123456789abcdefghijkl";
const COMPONENT: &str = "wxsandboxcomponent";
const TIMESTAMP: &str = "1700000000";
const NONCE: &str = "1590219412";
/// A user's text message, as an Official Account's push carries it.
const MESSAGE: &str = "<xml><ToUserName><![CDATA[gh_3c884a361561]]></ToUserName><FromUserName><![CDATA[ozy4qt5QUADNXORxCVipKMV9dss0]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[Hello, is the shop open on Sunday?]]></Content><MsgId>24320412340129381</MsgId></xml>";

fn bench(c: &mut Criterion) {
    let crypt = MsgCrypt::new(TOKEN, AES_KEY, COMPONENT).unwrap();
    let encrypt = crypt.encrypt_with_random(MESSAGE, b"0123456789abcdef");
    let signature = crypt.signature(TIMESTAMP, NONCE, &encrypt);
    let body = format!("<xml><ToUserName><![CDATA[gh_3c884a361561]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    let query =
        CallbackQuery::parse(&format!("timestamp={TIMESTAMP}&nonce={NONCE}&msg_signature={signature}"));
    let client = Client::builder()
        .component(COMPONENT, "unused")
        .clock(ManualClock::new(1_700_000_000_000))
        .build()
        .unwrap();
    let handler = PushHandler::new(crypt.clone(), client);
    assert!(handler.open("wx570bc396a51b8ff8", &query, body.as_bytes()).is_ok());

    let mut group = c.benchmark_group("push");
    group.throughput(Throughput::Elements(1));
    group.bench_function("verify + decrypt + parse (PushHandler::open)", |b| {
        b.iter(|| {
            handler
                .open(black_box("wx570bc396a51b8ff8"), black_box(&query), black_box(body.as_bytes()))
                .unwrap()
        })
    });
    group.bench_function("parse only (Push::parse)", |b| {
        b.iter(|| Push::parse(black_box("wx570bc396a51b8ff8"), black_box(MESSAGE)).unwrap())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
