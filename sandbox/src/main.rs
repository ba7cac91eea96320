//! `wx-sandbox`: the sandbox as a process, for manual tests and clients in any language. Flags
//! and a config file set every account, key, URL and quota; `--print-config` prints them; the
//! control API under `/_sandbox` drives it over HTTP.

use std::process::ExitCode;

use clap::Parser;

/// A fake WeChat Open Platform and Tencent IM server on loopback.
#[derive(Parser)]
#[command(version, after_help = AFTER_HELP)]
struct Args {
    #[command(flatten)]
    sandbox: wx_sandbox::SandboxArgs,
}

const AFTER_HELP: &str = "\
The config file's keys are those `--print-config` prints. Logs: RUST_LOG (e.g. RUST_LOG=debug).
Control API: GET http://127.0.0.1:PORT/_sandbox lists its operations.";

#[tokio::main]
async fn main() -> ExitCode {
    wx_sandbox::init_logging("info");
    match wx_sandbox::run(Args::parse().sandbox).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
