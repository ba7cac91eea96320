//! `wx usersig gen` and `wx usersig verify`.

use clap::Subcommand;
use wx_endpoints::im::usersig::{self, UserSigParams};
use wx_endpoints::Secret;

use crate::exit::Failure;

#[derive(Subcommand, Debug)]
pub enum UsersigCommand {
    /// Prints a UserSig.
    Gen {
        #[arg(long)]
        sdkappid: u64,
        /// The console's secret key.
        #[arg(long)]
        key: String,
        #[arg(long)]
        identifier: String,
        /// Validity in seconds.
        #[arg(long)]
        expire: u64,
        /// Issue time, Unix seconds (default: now).
        #[arg(long)]
        time: Option<u64>,
        #[arg(long)]
        userbuf: Option<String>,
    },
    /// Prints `ok`, or the reason and exits with 7.
    Verify {
        #[arg(long)]
        sdkappid: u64,
        #[arg(long)]
        key: String,
        #[arg(long)]
        identifier: String,
        #[arg(long)]
        usersig: String,
        /// The time to verify at, Unix seconds (default: now).
        #[arg(long)]
        now: Option<u64>,
        #[arg(long)]
        userbuf: Option<String>,
    },
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub fn run(command: UsersigCommand) -> Result<(), Failure> {
    match command {
        UsersigCommand::Gen { sdkappid, key, identifier, expire, time, userbuf } => {
            let key = Secret::from(key);
            let params = UserSigParams {
                sdkappid,
                key: &key,
                identifier: &identifier,
                expire,
                time: time.unwrap_or_else(now),
                userbuf: userbuf.as_deref().map(str::as_bytes),
            };
            out!("{}", usersig::generate(&params).expose());
            Ok(())
        }
        UsersigCommand::Verify { sdkappid, key, identifier, usersig, now: at, userbuf } => {
            let key = Secret::from(key);
            usersig::verify(
                &usersig,
                sdkappid,
                &key,
                &identifier,
                at.unwrap_or_else(now),
                userbuf.as_deref().map(str::as_bytes),
            )
            .map_err(|e| Failure::verification(e.to_string()))?;
            out!("ok");
            Ok(())
        }
    }
}
