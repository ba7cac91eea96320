//! A faithful fake of the WeChat Open Platform and Tencent IM servers, on loopback: the embedded
//! default of the wx SDK, for the demo, its own tests and yours.
//!
//! ```no_run
//! # async fn run() {
//! let sandbox = wx_sandbox::Sandbox::start().await.unwrap();
//! let base = sandbox.base_url();            // for both WeChat and IM paths
//! let credentials = sandbox.credentials();  // appids, secrets, keys it accepts
//! sandbox.control().inject(Some("/wxa/release"), wx_sandbox::Fault::Errcode(-1), Some(2));
//! # }
//! ```
//!
//! The same control is served over HTTP under [`CONTROL_PREFIX`] on the sandbox's port, for
//! clients in any language; `wx-sandbox --help` lists the flags and the config file's keys.

mod catalog;
mod config;
mod control;
mod control_api;
mod fault;
mod im;
mod launch;
mod logging;
mod login;
mod push;
mod release_check;
mod reply;
mod samples;
mod server;
mod state;
mod wechat;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

pub use config::{AppConfig, ConfigError, MerchantConfig, SandboxArgs, SandboxConfig, Settings};
pub use control::{Authorization, Authorized, Clock, Control, ControlError, Counters};
pub use fault::{Fault, FaultRule};
pub use im::ImCallbackConfig;
pub use launch::{config_text, run, Banner, RunError};
pub use logging::init_logging;
pub use push::Delivery;
pub use release_check::CheckCase;
pub use samples::{Samples, SAMPLES_VARIABLE};
pub use state::{PushCount, Received};

/// Where the HTTP control API lives on the sandbox's port (WeChat and IM paths never start so).
pub const CONTROL_PREFIX: &str = "/_sandbox";

/// How often the sandbox looks for a due verify ticket, in real time.
const SCHEDULE_TICK: Duration = Duration::from_secs(1);

/// A request as the handlers see it.
pub(crate) struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    pub body: Vec<u8>,
}

impl Request {
    pub fn query_map(&self) -> HashMap<String, String> {
        url::form_urlencoded::parse(self.query.as_bytes()).into_owned().collect()
    }
}

/// The accounts and keys the sandbox accepts: its configuration.
pub type Credentials = SandboxConfig;

/// A running sandbox; stops when dropped.
pub struct Sandbox {
    address: SocketAddr,
    control: Control,
    credentials: Credentials,
    server: tokio::task::JoinHandle<()>,
    schedule: tokio::task::JoinHandle<()>,
}

impl Sandbox {
    /// Starts with the default configuration on a free loopback port.
    pub async fn start() -> std::io::Result<Sandbox> {
        Self::start_with(SandboxConfig::default(), 0).await
    }

    /// Starts with `config` on `port` (0: a free one; the config's own `port` is for the binary).
    /// A config that [`SandboxConfig::check`] refuses is an `InvalidInput` error.
    pub async fn start_with(config: SandboxConfig, port: u16) -> std::io::Result<Sandbox> {
        config.check().map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let credentials = config.clone();
        let control = Control::new(config);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let address = listener.local_addr()?;
        let server = tokio::spawn(server::serve(listener, control.clone()));
        let schedule = tokio::spawn(push_tickets_when_due(control.clone()));
        Ok(Sandbox { address, control, credentials, server, schedule })
    }

    /// `http://127.0.0.1:{port}`, the base URL of both families.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The HTTP control API's base URL.
    pub fn control_url(&self) -> String {
        format!("{}{CONTROL_PREFIX}", self.base_url())
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn control(&self) -> &Control {
        &self.control
    }

    /// The configuration the sandbox started with.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.server.abort();
        self.schedule.abort();
    }
}

/// WeChat pushes a verify ticket every 10 minutes: due tickets are pushed as the sandbox clock
/// passes them.
async fn push_tickets_when_due(control: Control) {
    loop {
        control.push_due_ticket().await;
        tokio::time::sleep(SCHEDULE_TICK).await;
    }
}
