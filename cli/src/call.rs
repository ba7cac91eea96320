//! `wx call NAME`: validate and call any registered endpoint from JSON.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde_json::json;
use wx_endpoints::registry::CallOutput;
use wx_endpoints::CredentialKind;

use crate::config::Connection;
use crate::exit::Failure;
use crate::listing;

#[derive(Args, Debug)]
pub struct CallArgs {
    /// The endpoint's name, as `wx endpoints` lists it.
    pub name: String,
    /// The request as JSON (default `{}`).
    #[arg(long, conflicts_with = "json_file")]
    pub json: Option<String>,
    /// A file holding the request JSON.
    #[arg(long)]
    pub json_file: Option<PathBuf>,
    /// Act for this authorizer (a merchant's appid).
    #[arg(long)]
    pub authorizer: Option<String>,
    /// Where to write an image answer (its size and type are printed either way).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Decode the answer through the endpoint's typed response; list on stderr the fields the
    /// SDK's types do not know, and exit with 8 if there are any.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub connection: Connection,
}

pub async fn run(args: CallArgs, quiet: bool) -> Result<(), Failure> {
    let info = listing::find(&args.name)?;
    let text = match (&args.json, &args.json_file) {
        (Some(text), _) => text.clone(),
        (None, Some(path)) => std::fs::read_to_string(path)
            .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?,
        (None, None) => "{}".to_owned(),
    };
    let json_call = info.json_call().ok_or_else(|| {
        Failure::usage(format!(
            "`{}` cannot be called from JSON: its request type ({}) does not implement Deserialize",
            info.metadata.name, info.type_name
        ))
    })?;
    let request: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Failure::usage(format!("the request is not JSON: {e}")))?;
    let connected = args.connection.connect(args.authorizer.as_deref()).await?;
    let authorizer = match info.metadata.credential {
        CredentialKind::Authorizer => args.authorizer.clone().or(connected.default_authorizer.clone()),
        _ => None,
    };
    // A progress line when the call takes longer than a second, on a terminal, unless --quiet.
    let name = info.metadata.name;
    let spinner = (!quiet && std::io::stderr().is_terminal()).then(|| {
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(1)).await;
            eprintln!("… waiting for {name}");
        })
    });
    let result = json_call(&connected.client, authorizer.as_deref(), request).await;
    if let Some(spinner) = spinner {
        spinner.abort();
    }
    match result {
        Ok(CallOutput::Json(value)) => {
            out!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
            if args.strict {
                strict(info, &value)?;
            }
            Ok(())
        }
        Ok(CallOutput::Binary(binary)) => {
            if let Some(path) = &args.output {
                std::fs::write(path, &binary.bytes)
                    .map_err(|e| Failure::usage(format!("cannot write {}: {e}", path.display())))?;
            }
            let output = args.output.as_ref().map(|p| p.display().to_string());
            out!(
                "{}",
                json!({"content_type": binary.content_type, "bytes": binary.bytes.len(), "output": output})
            );
            Ok(())
        }
        Err(failure) => Err(Failure::of_call(&failure)),
    }
}

/// `--strict`: the answer decoded through the endpoint's typed response.
fn strict(info: &wx_endpoints::registry::EndpointInfo, answer: &serde_json::Value) -> Result<(), Failure> {
    let Some(decoded) = info.unknown_fields(answer.to_string().as_bytes()) else {
        eprintln!("note: {} has no typed JSON response to check", info.metadata.name);
        return Ok(());
    };
    match decoded {
        Ok(unknown) if unknown.is_empty() => Ok(()),
        Ok(unknown) => Err(Failure::unknown_fields(format!(
            "{} answered fields the SDK's types do not know: {}",
            info.metadata.name,
            unknown.join(", ")
        ))),
        Err(e) => Err(Failure::decode(format!(
            "the answer does not decode as {}'s response: {e}",
            info.metadata.name
        ))),
    }
}
