//! `wx crypt decrypt` and `wx crypt encrypt`: callback messages by hand.

use std::io::Read;

use clap::Subcommand;
use wx_endpoints::callback::MsgCrypt;

use crate::exit::Failure;

#[derive(Subcommand, Debug)]
pub enum CryptCommand {
    /// Reads the callback XML body (or the bare Encrypt value) on stdin; prints the plaintext.
    Decrypt {
        #[arg(long)]
        aes_key: String,
        #[arg(long)]
        token: String,
        #[arg(long)]
        appid: String,
        #[arg(long)]
        timestamp: String,
        #[arg(long)]
        nonce: String,
        #[arg(long)]
        msg_signature: String,
    },
    /// Reads a plaintext on stdin; prints the encrypted reply XML.
    Encrypt {
        #[arg(long)]
        aes_key: String,
        #[arg(long)]
        token: String,
        #[arg(long)]
        appid: String,
        #[arg(long)]
        timestamp: Option<String>,
        #[arg(long)]
        nonce: Option<String>,
        /// 16 characters of random prefix (for reproducing a vector).
        #[arg(long)]
        random: Option<String>,
    },
}

fn stdin() -> Result<String, Failure> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?;
    Ok(text)
}

pub fn run(command: CryptCommand) -> Result<(), Failure> {
    match command {
        CryptCommand::Decrypt { aes_key, token, appid, timestamp, nonce, msg_signature } => {
            let crypt = MsgCrypt::new(token, &aes_key, appid).map_err(|e| Failure::usage(e.to_string()))?;
            let input = stdin()?;
            let input = input.trim();
            let encrypt = match input.split_once("<Encrypt>") {
                Some((_, rest)) => {
                    let value = rest.split("</Encrypt>").next().unwrap_or_default();
                    value.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").to_owned()
                }
                None => input.to_owned(),
            };
            crypt
                .verify(&msg_signature, &timestamp, &nonce, &encrypt)
                .map_err(|e| Failure::verification(e.to_string()))?;
            let plaintext = crypt.decrypt(&encrypt).map_err(|e| Failure::verification(e.to_string()))?;
            out!("{plaintext}");
            Ok(())
        }
        CryptCommand::Encrypt { aes_key, token, appid, timestamp, nonce, random } => {
            let crypt = MsgCrypt::new(token, &aes_key, appid).map_err(|e| Failure::usage(e.to_string()))?;
            let plaintext = stdin()?;
            let plaintext = plaintext.strip_suffix('\n').unwrap_or(&plaintext);
            let timestamp = timestamp.unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs())
                    .to_string()
            });
            let nonce = nonce.unwrap_or_else(|| format!("{:08x}", std::process::id()));
            let encrypt = match random {
                Some(random) => {
                    let random: [u8; 16] = random
                        .as_bytes()
                        .try_into()
                        .map_err(|_| Failure::usage("--random takes exactly 16 bytes"))?;
                    crypt.encrypt_with_random(plaintext, &random)
                }
                None => crypt.encrypt(plaintext),
            };
            out!("{}", crypt.reply_xml(&encrypt, &timestamp, &nonce));
            Ok(())
        }
    }
}
