//! `wx-sandbox --port 8080`: the sandbox as a process, for manual tests and other languages.

use clap::Parser;

/// A fake WeChat Open Platform and Tencent IM server on loopback.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0: a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// A samples file (the golden corpus's `wechat-endpoints.json` format): endpoints without
    /// behaviour of their own answer the documented response sample.
    #[arg(long, env = wx_sandbox::SAMPLES_VARIABLE)]
    samples: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let mut config = wx_sandbox::SandboxConfig::default();
    if let Some(path) = &args.samples {
        let samples = wx_sandbox::Samples::load(path).map_err(std::io::Error::other)?;
        println!("  samples    {} documented answers from {}", samples.len(), path.display());
        config.samples = Some(std::sync::Arc::new(samples));
    }
    let sandbox = wx_sandbox::Sandbox::start_with(config, args.port).await?;
    let credentials = sandbox.credentials();
    println!("wx sandbox listening on {}", sandbox.base_url());
    println!("  app        {} / secret {}", credentials.app_appid, credentials.app_secret);
    println!("  component  {} / secret {}", credentials.component_appid, credentials.component_secret);
    println!("  IM         sdkappid {} admin {}", credentials.im_sdkappid, credentials.im_admin);
    tokio::signal::ctrl_c().await?;
    Ok(())
}
