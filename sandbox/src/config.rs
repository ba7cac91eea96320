//! What the sandbox accepts and how strict it is: one type, read from a config file (TOML, or JSON
//! by extension), overridden by flags ([`SandboxArgs`], shared by `wx-sandbox` and `wx sandbox`),
//! and printed in the same format by `--print-config`, so a printed config is a valid config file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize};

use crate::im::ImCallbackConfig;
use crate::samples::Samples;

/// An app calling with its own appid and secret (`/cgi-bin/token`, `/cgi-bin/stable_token`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppConfig {
    pub appid: String,
    pub secret: String,
}

/// One merchant the sandbox knows, with the permission sets it grants when it authorizes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MerchantConfig {
    pub appid: String,
    pub granted: Vec<u16>,
}

/// What the sandbox accepts and how strict it is. Every field has a default; a config file names
/// only what it changes.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SandboxConfig {
    /// The port `wx-sandbox` listens on (0: a free one). The library's `start_with` takes its own.
    pub port: u16,
    /// The app's own credentials.
    pub app_appid: String,
    pub app_secret: String,
    /// More apps with their own credentials.
    pub other_apps: Vec<AppConfig>,
    pub component_appid: String,
    pub component_secret: String,
    /// The platform's authorization-event URL: verify tickets are pushed there at start and every
    /// [`ticket_interval`](Self::ticket_interval) of sandbox time, and after
    /// `api_start_push_ticket`; authorizations and revocations are pushed there too.
    pub component_callback_url: Option<String>,
    /// The platform's message-and-event URL, with `$APPID$` where the authorizer's appid goes: the
    /// sandbox pushes review results there (a submitted version passes review at once).
    pub message_url: Option<String>,
    /// The callback URLs' token and EncodingAESKey (pushes are encrypted with them).
    pub callback_token: String,
    pub encoding_aes_key: String,
    /// Merchants that authorized the platform before the sandbox started.
    pub merchants: Vec<MerchantConfig>,
    pub im_sdkappid: u64,
    pub im_admin: String,
    /// The IM app's secret key: UserSigs are verified with it.
    pub im_key: String,
    /// IM accounts imported at start.
    pub im_accounts: Vec<String>,
    pub im_calls_per_second: u32,
    /// The app's IM callback URL: messages sent through the sandbox are put to it before and
    /// after, as the IM backend does.
    pub im_callback: Option<ImCallbackConfig>,
    #[serde(rename = "token_lifetime_secs", with = "seconds")]
    pub token_lifetime: Duration,
    /// How long a replaced token keeps working.
    #[serde(rename = "grace_period_secs", with = "seconds")]
    pub grace_period: Duration,
    /// How often WeChat pushes a fresh component_verify_ticket (10 minutes).
    #[serde(rename = "ticket_interval_secs", with = "seconds")]
    pub ticket_interval: Duration,
    pub daily_token_quota: u32,
    pub per_minute_limit: u32,
    pub monthly_signature_quota: u32,
    /// Words a signature may not contain (53201).
    pub blacklist: Vec<String>,
    /// Seeds the values the sandbox makes up (tokens, codes, tickets, ids): the same seed, the same
    /// values in the same order. None: different every run.
    pub seed: Option<u64>,
    /// The documents' response samples, answered by endpoints without behaviour of their own
    /// (none: those answer a bare success envelope, and paths outside the catalog 404). Given with
    /// `--samples`, never written in a config file.
    #[serde(skip)]
    pub samples: Option<Arc<Samples>>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 8080,
            app_appid: "wxsandboxapp000001".into(),
            app_secret: "sandbox-app-secret-0123456789abcd".into(),
            other_apps: Vec::new(),
            component_appid: "wxsandboxcomponent".into(),
            component_secret: "sandbox-component-secret-0123456".into(),
            component_callback_url: None,
            message_url: None,
            callback_token: "sandbox_callback_token".into(),
            encoding_aes_key: "sandboxEncodingAesKey0123456789abcdefghijkl".into(),
            merchants: vec![
                MerchantConfig { appid: "wxsandboxmerchant1".into(), granted: vec![3, 8, 17, 18, 30] },
                MerchantConfig { appid: "wxsandboxmerchant2".into(), granted: vec![17, 18] },
            ],
            im_sdkappid: 1400000000,
            im_admin: "administrator".into(),
            im_key: "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e".into(),
            im_accounts: Vec::new(),
            im_calls_per_second: 200,
            im_callback: None,
            token_lifetime: Duration::from_secs(7200),
            grace_period: Duration::from_secs(300),
            ticket_interval: Duration::from_secs(600),
            daily_token_quota: 2000,
            per_minute_limit: 5000,
            monthly_signature_quota: 5,
            blacklist: vec!["blacklisted".into(), "违禁".into()],
            seed: None,
            samples: None,
        }
    }
}

/// Settings changed while the sandbox runs. Absent fields are left as they are; for the URLs,
/// `null` removes the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    #[serde(deserialize_with = "present")]
    pub component_callback_url: Option<Option<String>>,
    #[serde(deserialize_with = "present")]
    pub message_url: Option<Option<String>>,
    #[serde(deserialize_with = "present")]
    pub im_callback: Option<Option<ImCallbackConfig>>,
    pub daily_token_quota: Option<u32>,
    pub per_minute_limit: Option<u32>,
    pub monthly_signature_quota: Option<u32>,
    pub im_calls_per_second: Option<u32>,
    pub token_lifetime_secs: Option<u64>,
}

impl Settings {
    /// Writes the settings given into `config`.
    pub fn apply(self, config: &mut SandboxConfig) {
        if let Some(url) = self.component_callback_url {
            config.component_callback_url = url;
        }
        if let Some(url) = self.message_url {
            config.message_url = url;
        }
        if let Some(callback) = self.im_callback {
            config.im_callback = callback;
        }
        let numbers = [
            (&mut config.daily_token_quota, self.daily_token_quota),
            (&mut config.per_minute_limit, self.per_minute_limit),
            (&mut config.monthly_signature_quota, self.monthly_signature_quota),
            (&mut config.im_calls_per_second, self.im_calls_per_second),
        ];
        for (target, value) in numbers {
            if let Some(value) = value {
                *target = value;
            }
        }
        if let Some(secs) = self.token_lifetime_secs {
            config.token_lifetime = Duration::from_secs(secs);
        }
    }
}

/// A field that is present: `null` is `Some(None)`, absent (the default) is `None`.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A config that cannot be used, and why.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

impl ConfigError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ConfigError(message.into())
    }
}

impl SandboxConfig {
    /// Reads a config file: JSON when its name ends in `.json`, TOML otherwise. Keys it does not
    /// name keep their defaults; a key the sandbox does not know is an error.
    pub fn load(path: &Path) -> Result<SandboxConfig, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("cannot read {}: {e}", path.display())))?;
        let parsed = if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json")) {
            serde_json::from_str(&text).map_err(|e| e.to_string())
        } else {
            toml::from_str(&text).map_err(|e| toml_error(&text, &e))
        };
        parsed.map_err(|e| ConfigError(format!("{}: {e}", path.display())))
    }

    /// The secret of an app the sandbox knows.
    pub fn app_secret_of(&self, appid: &str) -> Option<&str> {
        if appid == self.app_appid {
            return Some(&self.app_secret);
        }
        self.other_apps.iter().find(|app| app.appid == appid).map(|app| app.secret.as_str())
    }

    /// Every value the sandbox cannot run with, in one error.
    pub fn check(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        let mut appids: Vec<&str> = vec![&self.app_appid, &self.component_appid];
        appids.extend(self.other_apps.iter().map(|app| app.appid.as_str()));
        appids.extend(self.merchants.iter().map(|merchant| merchant.appid.as_str()));
        for (i, appid) in appids.iter().enumerate() {
            if appid.is_empty() {
                problems.push("an appid is empty".to_owned());
            } else if appids[..i].contains(appid) {
                problems.push(format!("appid {appid} is given twice"));
            }
        }
        let secrets = [("app_secret", &self.app_secret), ("component_secret", &self.component_secret)];
        for (name, value) in secrets {
            if value.is_empty() {
                problems.push(format!("{name} is empty"));
            }
        }
        if self.other_apps.iter().any(|app| app.secret.is_empty()) {
            problems.push("an app in other_apps has an empty secret".to_owned());
        }
        if wx_runtime::callback::MsgCrypt::new(
            self.callback_token.as_str(),
            &self.encoding_aes_key,
            self.component_appid.clone(),
        )
        .is_err()
        {
            problems.push("encoding_aes_key must be 43 characters of base64".to_owned());
        }
        if self.callback_token.is_empty() {
            problems.push("callback_token is empty".to_owned());
        }
        if self.im_key.is_empty() || self.im_admin.is_empty() {
            problems.push("im_key and im_admin must not be empty".to_owned());
        }
        let urls = [
            ("component_callback_url", self.component_callback_url.as_deref()),
            ("message_url", self.message_url.as_deref()),
            ("im_callback.url", self.im_callback.as_ref().map(|c| c.url.as_str())),
        ];
        for (name, url) in urls {
            if let Some(problem) = url.and_then(url_problem) {
                problems.push(format!("{name}: {problem}"));
            }
        }
        for (name, value) in
            [("token_lifetime_secs", self.token_lifetime), ("ticket_interval_secs", self.ticket_interval)]
        {
            if value.is_zero() {
                problems.push(format!("{name} must be at least 1"));
            }
        }
        if self.im_calls_per_second == 0 {
            problems.push("im_calls_per_second must be at least 1".to_owned());
        }
        match problems.is_empty() {
            true => Ok(()),
            false => Err(ConfigError(problems.join("; "))),
        }
    }
}

/// A TOML error on one line: where, then what (toml's own rendering quotes the line over several).
fn toml_error(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().trim_end().replace('\n', " ");
    match error.span().and_then(|span| text.get(..span.start)) {
        Some(before) => {
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("line {line}, column {column}: {message}")
        }
        None => message,
    }
}

/// Why `url` cannot be pushed to, if it cannot (`$APPID$` stands for an appid).
pub(crate) fn url_problem(url: &str) -> Option<String> {
    match url::Url::parse(&url.replace("$APPID$", "wxappid")) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => None,
        Ok(parsed) => Some(format!("{url} is not an http(s) URL (scheme {})", parsed.scheme())),
        Err(e) => Some(format!("{url} is not a URL ({e})")),
    }
}

/// Durations written as whole seconds.
mod seconds {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(value.as_secs())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
        u64::deserialize(deserializer).map(Duration::from_secs)
    }
}

/// The sandbox's command line, shared by `wx-sandbox` and `wx sandbox`: a config file, then flags
/// over it.
#[derive(clap::Args, Debug, Default)]
pub struct SandboxArgs {
    /// A config file (TOML, or JSON when the name ends in .json); flags override it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The port to listen on (0: a free one) [default: 8080].
    #[arg(long)]
    pub port: Option<u16>,
    /// Print the configuration (as a config file) and exit.
    #[arg(long)]
    pub print_config: bool,
    /// JSON output: the configuration, or one startup line with the URLs and the configuration.
    #[arg(long)]
    pub json: bool,
    /// The app's appid and secret.
    #[arg(long, value_name = "APPID:SECRET", value_parser = app_flag)]
    pub app: Option<AppConfig>,
    /// Another app with its own credentials (repeatable).
    #[arg(long = "other-app", value_name = "APPID:SECRET", value_parser = app_flag)]
    pub other_apps: Vec<AppConfig>,
    /// The third-party platform's appid and secret.
    #[arg(long, value_name = "APPID:SECRET", value_parser = app_flag)]
    pub component: Option<AppConfig>,
    /// The authorization-event URL: tickets (at start and every 10 minutes of sandbox time),
    /// authorizations and revocations are pushed there.
    #[arg(long, value_name = "URL")]
    pub component_callback_url: Option<String>,
    /// The message-and-event URL, `$APPID$` standing for the authorizer's appid.
    #[arg(long, value_name = "URL")]
    pub message_url: Option<String>,
    /// The callback URLs' token.
    #[arg(long, value_name = "TOKEN")]
    pub callback_token: Option<String>,
    /// The callback URLs' EncodingAESKey (43 characters).
    #[arg(long, value_name = "KEY")]
    pub encoding_aes_key: Option<String>,
    /// A merchant that authorized the platform and the permission sets it granted (repeatable;
    /// replaces the default merchants).
    #[arg(long = "merchant", value_name = "APPID[:SET,SET...]", value_parser = merchant_flag)]
    pub merchants: Vec<MerchantConfig>,
    /// The IM app's SDKAppID.
    #[arg(long, value_name = "SDKAPPID")]
    pub im_sdkappid: Option<u64>,
    /// The IM app's administrator account.
    #[arg(long, value_name = "USERID")]
    pub im_admin: Option<String>,
    /// The IM app's secret key (UserSigs are verified with it).
    #[arg(long, value_name = "KEY")]
    pub im_key: Option<String>,
    /// An IM account imported at start (repeatable).
    #[arg(long = "im-account", value_name = "USERID")]
    pub im_accounts: Vec<String>,
    /// The app's IM callback URL.
    #[arg(long, value_name = "URL")]
    pub im_callback_url: Option<String>,
    /// The IM callback's authentication token (callbacks are signed with it).
    #[arg(long, value_name = "TOKEN", requires = "im_callback_url")]
    pub im_callback_token: Option<String>,
    /// Token fetches per appid per day before 45009.
    #[arg(long, value_name = "N")]
    pub daily_token_quota: Option<u32>,
    /// Calls per caller and path per minute before 45011.
    #[arg(long, value_name = "N")]
    pub per_minute_limit: Option<u32>,
    /// IM calls per second before 60007.
    #[arg(long, value_name = "N")]
    pub im_calls_per_second: Option<u32>,
    /// Lifetime of the tokens the sandbox issues, in seconds.
    #[arg(long, value_name = "SECS")]
    pub token_lifetime_secs: Option<u64>,
    /// Seeds the values the sandbox makes up: the same seed, the same tokens and codes.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// A samples file (the golden corpus's `wechat-endpoints.json` format): endpoints without
    /// behaviour of their own answer the documented response sample.
    #[arg(long, value_name = "FILE", env = crate::SAMPLES_VARIABLE)]
    pub samples: Option<PathBuf>,
}

impl SandboxArgs {
    /// The configuration: defaults, then the config file, then the flags; checked.
    pub fn config(&self) -> Result<SandboxConfig, ConfigError> {
        let mut config = match &self.config {
            Some(path) => SandboxConfig::load(path)?,
            None => SandboxConfig::default(),
        };
        let set = |target: &mut String, value: &Option<String>| {
            if let Some(value) = value {
                target.clone_from(value);
            }
        };
        if let Some(port) = self.port {
            config.port = port;
        }
        if let Some(app) = &self.app {
            (config.app_appid, config.app_secret) = (app.appid.clone(), app.secret.clone());
        }
        config.other_apps.extend(self.other_apps.iter().cloned());
        if let Some(component) = &self.component {
            (config.component_appid, config.component_secret) =
                (component.appid.clone(), component.secret.clone());
        }
        set(&mut config.callback_token, &self.callback_token);
        set(&mut config.encoding_aes_key, &self.encoding_aes_key);
        if !self.merchants.is_empty() {
            config.merchants.clone_from(&self.merchants);
        }
        if let Some(sdkappid) = self.im_sdkappid {
            config.im_sdkappid = sdkappid;
        }
        set(&mut config.im_admin, &self.im_admin);
        set(&mut config.im_key, &self.im_key);
        config.im_accounts.extend(self.im_accounts.iter().cloned());
        let im_callback = self
            .im_callback_url
            .as_ref()
            .map(|url| ImCallbackConfig { url: url.clone(), token: self.im_callback_token.clone() });
        Settings {
            component_callback_url: self.component_callback_url.clone().map(Some),
            message_url: self.message_url.clone().map(Some),
            im_callback: im_callback.map(Some),
            daily_token_quota: self.daily_token_quota,
            per_minute_limit: self.per_minute_limit,
            monthly_signature_quota: None,
            im_calls_per_second: self.im_calls_per_second,
            token_lifetime_secs: self.token_lifetime_secs,
        }
        .apply(&mut config);
        if self.seed.is_some() {
            config.seed = self.seed;
        }
        if let Some(path) = &self.samples {
            let samples = Samples::load(path).map_err(|e| ConfigError(e.to_string()))?;
            config.samples = Some(Arc::new(samples));
        }
        config.check()?;
        Ok(config)
    }
}

/// `APPID:SECRET`.
fn app_flag(value: &str) -> Result<AppConfig, String> {
    match value.split_once(':') {
        Some((appid, secret)) if !appid.is_empty() && !secret.is_empty() => {
            Ok(AppConfig { appid: appid.to_owned(), secret: secret.to_owned() })
        }
        _ => Err("expected APPID:SECRET".to_owned()),
    }
}

/// `APPID` or `APPID:SET,SET...`.
fn merchant_flag(value: &str) -> Result<MerchantConfig, String> {
    let (appid, sets) = value.split_once(':').unwrap_or((value, ""));
    if appid.is_empty() {
        return Err("expected APPID[:SET,SET...]".to_owned());
    }
    let granted = sets
        .split(',')
        .filter(|set| !set.is_empty())
        .map(|set| set.trim().parse::<u16>().map_err(|_| format!("{set:?} is not a permission set id")))
        .collect::<Result<_, _>>()?;
    Ok(MerchantConfig { appid: appid.to_owned(), granted })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printed_config_reads_back_the_same() {
        let config = SandboxConfig {
            component_callback_url: Some("http://127.0.0.1:9/component".into()),
            im_callback: Some(ImCallbackConfig {
                url: "http://127.0.0.1:9/im".into(),
                token: Some("t".into()),
            }),
            seed: Some(7),
            ..SandboxConfig::default()
        };
        let toml_text = toml::to_string(&config).unwrap();
        let back: SandboxConfig = toml::from_str(&toml_text).unwrap();
        assert_eq!(serde_json::to_value(&back).unwrap(), serde_json::to_value(&config).unwrap());
        let json_text = serde_json::to_string(&config).unwrap();
        let back: SandboxConfig = serde_json::from_str(&json_text).unwrap();
        assert_eq!(serde_json::to_value(&back).unwrap(), serde_json::to_value(&config).unwrap());
    }

    #[test]
    fn an_unknown_key_and_bad_values_are_named() {
        let text = "port = 1\ncompnent_appid = \"x\"";
        let error = toml_error(text, &toml::from_str::<SandboxConfig>(text).unwrap_err());
        assert!(error.starts_with("line 2, column 1: unknown field `compnent_appid`"), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
        let config = SandboxConfig {
            encoding_aes_key: "short".into(),
            message_url: Some("ftp://example".into()),
            other_apps: vec![AppConfig { appid: "wxsandboxapp000001".into(), secret: "s".into() }],
            ..SandboxConfig::default()
        };
        let error = config.check().unwrap_err().to_string();
        for expected in ["encoding_aes_key", "message_url", "given twice"] {
            assert!(error.contains(expected), "{error}");
        }
    }

    #[test]
    fn the_readme_config_example_is_a_valid_config() {
        let readme = include_str!("../../README.md");
        let start =
            readme.find("```toml\nport = 8080").expect("the README's config example") + "```toml\n".len();
        let example = &readme[start..start + readme[start..].find("```").unwrap()];
        let config: SandboxConfig = toml::from_str(example).unwrap();
        config.check().unwrap();
        assert_eq!((config.seed, config.other_apps.len()), (Some(7), 1));
    }

    #[test]
    fn flags_override_the_file() {
        assert_eq!(
            merchant_flag("wxm:17,18").unwrap(),
            MerchantConfig { appid: "wxm".into(), granted: vec![17, 18] }
        );
        assert!(merchant_flag("wxm:x").is_err());
        assert!(app_flag("nosecret").is_err());
        let args = SandboxArgs {
            app: Some(app_flag("wxa:s").unwrap()),
            merchants: vec![merchant_flag("wxm").unwrap()],
            seed: Some(1),
            ..SandboxArgs::default()
        };
        let config = args.config().unwrap();
        assert_eq!((config.app_appid.as_str(), config.app_secret.as_str()), ("wxa", "s"));
        assert_eq!(config.merchants.len(), 1);
        assert_eq!(config.seed, Some(1));
    }
}
