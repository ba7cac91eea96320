//! Memory per cached authorizer (target: under 1 KiB), measured with a counting allocator over
//! 100,000 authorizers, each with a 157-character token and 3 granted permission sets.
//!
//! `cargo bench -p wx-runtime --bench authorizer_memory`

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use wx_runtime::{Client, Secret};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const AUTHORIZERS: usize = 100_000;

fn main() {
    // `cargo test --benches` runs this binary too; measuring once is enough there.
    let client =
        Client::builder().component("wxcomponent000001", "COMPONENT_SECRET").build().expect("client");
    let tokens = client.tokens().expect("managed tokens");
    let tokens_text: Vec<(String, Secret)> = (0..AUTHORIZERS)
        .map(|i| (format!("wx{i:016x}"), Secret::from(format!("{i:08}_{}", "A".repeat(148)))))
        .collect();
    let before = LIVE.load(Ordering::SeqCst);
    for (appid, token) in &tokens_text {
        tokens.prime_authorizer(appid, token.clone(), u64::MAX / 2, &[17, 18, 30]);
    }
    let after = LIVE.load(Ordering::SeqCst);
    // The token text itself is shared with `tokens_text` (a Secret clone is a reference count),
    // so add its allocation back: the cache must hold it in real use.
    let token_bytes: usize = tokens_text.iter().map(|(_, t)| t.expose().len() + 16).sum();
    let per_authorizer =
        (after - before) as f64 / AUTHORIZERS as f64 + token_bytes as f64 / AUTHORIZERS as f64;
    assert_eq!(tokens.cached_authorizers(), AUTHORIZERS);
    println!("{AUTHORIZERS} cached authorizers: {per_authorizer:.0} bytes each (token text included)");
    assert!(per_authorizer < 1024.0, "over the 1 KiB budget");
}
