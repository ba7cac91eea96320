//! Logs on demand for the sandbox, the `wx` CLI and the demo: `RUST_LOG` (tracing-subscriber's env
//! filter syntax, e.g. `RUST_LOG=wx=debug`) or a default level, to standard error. Every call's
//! `wx.call` span is logged when it closes, with its endpoint, attempt, latency and error class.
//! Secrets are never in spans or events, so none reach the log.

use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;

/// Installs the subscriber: `RUST_LOG` when set, otherwise `default` (e.g. `"warn"`, or
/// `"info"` for `-v`). A second call does nothing.
pub fn init_logging(default: &str) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(directives) if !directives.trim().is_empty() => {
            EnvFilter::try_new(&directives).unwrap_or_else(|e| {
                eprintln!("warning: RUST_LOG={directives:?} is not a filter ({e}); logging at {default}");
                EnvFilter::new(default)
            })
        }
        _ => EnvFilter::new(default),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_span_events(FmtSpan::CLOSE)
        .try_init();
}
