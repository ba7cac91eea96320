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
    /// Runs the embedded sandbox (a fake WeChat + Tencent IM server).
    Sandbox {
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
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
            let first = error
                .to_string()
                .lines()
                .next()
                .unwrap_or("bad arguments")
                .trim_start_matches("error: ")
                .to_owned();
            eprintln!("{}", Failure::usage(format!("{first} (see `wx --help`)")));
            return ExitCode::from(2);
        }
    };
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
        Command::Sandbox { port } => {
            let sandbox = wx_sandbox::Sandbox::start_with(wx_sandbox::SandboxConfig::default(), port)
                .await
                .map_err(|e| Failure::usage(format!("cannot listen on port {port}: {e}")))?;
            let credentials = sandbox.credentials();
            out!("wx sandbox listening on {}", sandbox.base_url());
            out!("  app        {}", credentials.app_appid);
            out!("  component  {}", credentials.component_appid);
            out!("  IM         sdkappid {} admin {}", credentials.im_sdkappid, credentials.im_admin);
            let _ = tokio::signal::ctrl_c().await;
            Ok(())
        }
    }
}
