//! `wx`: list, describe and call any endpoint of the SDK (or of a binary that links its own);
//! generate and verify UserSigs; decrypt and encrypt callback messages; run the sandbox.

#[macro_use]
mod output;
mod call;
mod config;
mod crypt;
mod exit;
mod listing;
mod usersig;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use exit::Failure;

#[derive(Parser)]
#[command(name = "wx", version, about = "WeChat Open Platform and Tencent IM from the command line", after_help = exit::EXIT_CODES)]
struct Cli {
    /// No progress output: for scripts.
    #[arg(long, global = true)]
    quiet: bool,
    /// Log each call's span to stderr (-v: info, -vv: debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every endpoint: name, family, method, path, permission sets, credential.
    Endpoints {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// One endpoint's fields (types, limits, whether required) and error table.
    Describe {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Validates and calls an endpoint; prints the response JSON.
    Call(Box<call::CallArgs>),
    /// Tencent IM UserSigs.
    #[command(subcommand)]
    Usersig(usersig::UsersigCommand),
    /// Callback message crypto (WXBizMsgCrypt).
    #[command(subcommand)]
    Crypt(crypt::CryptCommand),
    /// Runs the embedded sandbox (a fake WeChat + Tencent IM server); the flags of `wx-sandbox`.
    Sandbox(Box<wx_sandbox::SandboxArgs>),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version are not errors; everything else is one line of usage error.
            if matches!(
                error.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) {
                out!("{}", error.to_string().trim_end());
                return ExitCode::SUCCESS;
            }
            eprintln!("{}", Failure::usage(format!("{} (see `wx --help`)", usage_error(&error))));
            return ExitCode::from(2);
        }
    };
    wx_sandbox::init_logging(match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    });
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(run(cli));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            failure.exit_code()
        }
    }
}

async fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Endpoints { json } => listing::endpoints(json),
        Command::Describe { name, json } => listing::describe(&name, json),
        Command::Call(args) => call::run(*args, cli.quiet).await,
        Command::Usersig(command) => usersig::run(command),
        Command::Crypt(command) => crypt::run(command),
        Command::Sandbox(args) => wx_sandbox::run(*args)
            .await
            .map_err(|error| Failure { code: error.exit_code(), message: error.to_string() }),
    }
}

/// Clap's message on one line: the problem and what it names (the missing arguments are on the
/// lines after the first), without the usage block.
fn usage_error(error: &clap::Error) -> String {
    let rendered = error.to_string();
    let named: Vec<&str> = rendered
        .lines()
        .take_while(|line| !line.trim_start().starts_with("Usage:"))
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    match named.join(" ").trim_start_matches("error: ") {
        "" => "bad arguments".to_owned(),
        message => message.to_owned(),
    }
}
