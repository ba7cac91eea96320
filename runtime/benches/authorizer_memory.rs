//! Memory per cached authorizer (target: under 1 KiB), measured with a counting allocator over
//! 100,000 authorizers, each with a 157-character token and 3 granted permission sets.
//!
//! `cargo bench -p wx-runtime --bench authorizer_memory`

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

mod support;

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
    let appids: Vec<String> = (0..AUTHORIZERS).map(support::appid).collect();
    let client = support::client(support::filled_store(&appids));
    let tokens = client.tokens().expect("managed tokens");
    let before = LIVE.load(Ordering::SeqCst);
    support::warm(&client, &appids);
    let after = LIVE.load(Ordering::SeqCst);
    // The cache holds its own copy of each token, read from the store: the token text is counted.
    let per_authorizer = (after - before) as f64 / AUTHORIZERS as f64;
    assert_eq!(tokens.cached_authorizers(), AUTHORIZERS);
    println!("{AUTHORIZERS} cached authorizers: {per_authorizer:.0} bytes each (token text included)");
    assert!(per_authorizer < 1024.0, "over the 1 KiB budget");
}
