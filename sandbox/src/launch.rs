//! The sandbox as a process: `wx-sandbox` and `wx sandbox` both call [`run`], so they take the same
//! flags, print the same banner and the same config.

use std::io::Write as _;

use serde::Serialize;

use crate::config::{ConfigError, SandboxArgs, SandboxConfig};
use crate::Sandbox;

/// Why the sandbox did not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The config file or a flag holds a value the sandbox cannot run with.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// The port could not be listened on.
    #[error("cannot listen on port {port}: {source}")]
    Listen { port: u16, source: std::io::Error },
}

impl RunError {
    /// The process exit code: 2 for a usage problem (the config), 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            RunError::Config(_) => 2,
            RunError::Listen { .. } => 1,
        }
    }
}

/// What a client needs to talk to a running sandbox: its URLs and every credential it accepts.
/// These are the sandbox's own made-up values: printing them is the point.
#[derive(Serialize)]
pub struct Banner<'a> {
    pub base_url: String,
    pub control_url: String,
    pub config: &'a SandboxConfig,
}

impl Banner<'_> {
    /// The banner for people: one line per account and key.
    pub fn human(&self) -> String {
        let c = self.config;
        let url =
            |url: &Option<String>, flag: &str| url.clone().unwrap_or_else(|| format!("not set (--{flag})"));
        let mut lines = vec![
            format!("wx sandbox listening on {}", self.base_url),
            format!("  control API     {} (GET it for the list of operations)", self.control_url),
            format!("  app             {} secret {}", c.app_appid, c.app_secret),
        ];
        lines.extend(
            c.other_apps.iter().map(|app| format!("  app             {} secret {}", app.appid, app.secret)),
        );
        lines.extend([
            format!("  component       {} secret {}", c.component_appid, c.component_secret),
            format!("  callback token  {}", c.callback_token),
            format!("  EncodingAESKey  {}", c.encoding_aes_key),
            format!(
                "  component URL   {} (a verify ticket every {} s)",
                url(&c.component_callback_url, "component-callback-url"),
                c.ticket_interval.as_secs()
            ),
            format!("  message URL     {}", url(&c.message_url, "message-url")),
        ]);
        lines.extend(
            c.merchants.iter().map(|m| format!("  merchant        {} grants {:?}", m.appid, m.granted)),
        );
        lines.extend([
            format!("  IM              sdkappid {} admin {} key {}", c.im_sdkappid, c.im_admin, c.im_key),
            format!(
                "  IM callback     {}",
                c.im_callback.as_ref().map_or("not set (--im-callback-url)".to_owned(), |cb| {
                    match &cb.token {
                        Some(token) => format!("{} token {token}", cb.url),
                        None => cb.url.clone(),
                    }
                })
            ),
        ]);
        if !c.im_accounts.is_empty() {
            lines.push(format!("  IM accounts     {}", c.im_accounts.join(", ")));
        }
        if let Some(samples) = &c.samples {
            lines.push(format!("  samples         {} documented answers", samples.len()));
        }
        lines.join("\n")
    }
}

/// The configuration as a config file: TOML, or JSON.
pub fn config_text(config: &SandboxConfig, json: bool) -> Result<String, ConfigError> {
    match json {
        true => serde_json::to_string_pretty(config).map_err(|e| ConfigError::new(e.to_string())),
        false => toml::to_string(config).map_err(|e| ConfigError::new(format!("cannot write as TOML: {e}"))),
    }
}

/// Reads the configuration, then prints it (`--print-config`) or runs the sandbox until Ctrl-C,
/// printing the banner (one JSON line with `--json`) once it listens.
pub async fn run(args: SandboxArgs) -> Result<(), RunError> {
    let config = args.config()?;
    if args.print_config {
        print(config_text(&config, args.json)?.trim_end());
        return Ok(());
    }
    let port = config.port;
    let sandbox =
        Sandbox::start_with(config, port).await.map_err(|source| RunError::Listen { port, source })?;
    let banner = Banner {
        base_url: sandbox.base_url(),
        control_url: sandbox.control_url(),
        config: sandbox.credentials(),
    };
    match args.json {
        true => print(&serde_json::to_string(&banner).map_err(|e| ConfigError::new(e.to_string()))?),
        false => print(&banner.human()),
    }
    tracing::info!(base_url = %banner.base_url, "sandbox listening");
    let _ = tokio::signal::ctrl_c().await;
    Ok(())
}

/// Standard output, flushed at once (a parent reading the banner through a pipe sees it), and a
/// closed pipe is not a panic.
fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}
