//! `wx-sandbox --port 8080`: the sandbox as a process, for manual tests and other languages.

use clap::Parser;

/// A fake WeChat Open Platform and Tencent IM server on loopback.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0: a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let sandbox = wx_sandbox::Sandbox::start_with(wx_sandbox::SandboxConfig::default(), args.port).await?;
    let credentials = sandbox.credentials();
    println!("wx sandbox listening on {}", sandbox.base_url());
    println!("  app        {} / secret {}", credentials.app_appid, credentials.app_secret);
    println!("  component  {} / secret {}", credentials.component_appid, credentials.component_secret);
    println!("  IM         sdkappid {} admin {}", credentials.im_sdkappid, credentials.im_admin);
    tokio::signal::ctrl_c().await?;
    Ok(())
}
