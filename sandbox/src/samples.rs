//! The documents' response samples, for the endpoints the sandbox has no behaviour of its own for.
//! Read from a samples file given at start (`--samples`, `WX_SANDBOX_SAMPLES`, or
//! `SandboxConfig::samples`) in the golden corpus's format: a JSON list of entries with `method`,
//! `path`, an optional fixed `query` and a `response_sample`. Kept as raw JSON and answered as
//! written, never read through the SDK's types: clients in any language get the documented fields.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

/// The environment variable naming a samples file.
pub const SAMPLES_VARIABLE: &str = "WX_SANDBOX_SAMPLES";

/// Response samples by path.
pub struct Samples {
    by_path: HashMap<String, Vec<Sample>>,
}

struct Sample {
    method: String,
    /// The fixed query parameters that tell endpoints of one path apart (`action=...`).
    query: Vec<(String, String)>,
    response: Value,
}

#[derive(Deserialize)]
struct Entry {
    method: String,
    path: String,
    #[serde(default)]
    query: Option<String>,
    #[serde(default)]
    response_sample: Option<Value>,
}

impl Samples {
    /// Reads a samples file.
    pub fn load(path: &Path) -> Result<Samples, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The file `WX_SANDBOX_SAMPLES` names, if it is set.
    pub fn from_env() -> Option<Result<Samples, String>> {
        std::env::var_os(SAMPLES_VARIABLE).map(|path| Self::load(Path::new(&path)))
    }

    /// Reads samples from the text of a samples file.
    pub fn parse(text: &str) -> Result<Samples, String> {
        let entries: Vec<Entry> =
            serde_json::from_str(text).map_err(|e| format!("not a samples file: {e}"))?;
        let mut by_path: HashMap<String, Vec<Sample>> = HashMap::new();
        for entry in entries {
            let Some(response) = entry.response_sample else { continue };
            let query = url::form_urlencoded::parse(entry.query.unwrap_or_default().as_bytes())
                .into_owned()
                .collect();
            by_path.entry(entry.path).or_default().push(Sample { method: entry.method, query, response });
        }
        Ok(Samples { by_path })
    }

    /// How many endpoints have a sample.
    pub fn len(&self) -> usize {
        self.by_path.values().map(Vec::len).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether some endpoint on `path` has a sample.
    pub(crate) fn knows(&self, path: &str) -> bool {
        self.by_path.contains_key(path)
    }

    /// The sample of the endpoint `method path` whose fixed query the request carries.
    pub(crate) fn find(&self, method: &str, path: &str, query: &HashMap<String, String>) -> Option<&Value> {
        let candidates = self.by_path.get(path)?;
        let fits = |sample: &&Sample| sample.query.iter().all(|(k, v)| query.get(k) == Some(v));
        // The most specific fixed query first, the method as documented preferred.
        candidates
            .iter()
            .filter(fits)
            .max_by_key(|sample| (sample.query.len(), sample.method.eq_ignore_ascii_case(method)))
            .map(|sample| &sample.response)
    }
}

impl fmt::Debug for Samples {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Samples({} endpoints)", self.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixed_query_tells_endpoints_of_one_path_apart() {
        let samples = Samples::parse(
            r#"[
                {"method": "POST", "path": "/wxa/operationams", "query": "action=a", "response_sample": {"ret": 1}},
                {"method": "POST", "path": "/wxa/operationams", "query": "action=b", "response_sample": {"ret": 2}},
                {"method": "GET", "path": "/wxa/get_page", "response_sample": {"page_list": ["index"]}},
                {"method": "GET", "path": "/wxa/no_sample"}
            ]"#,
        )
        .unwrap();
        let query =
            |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        assert_eq!(samples.len(), 3);
        let b = samples.find("POST", "/wxa/operationams", &query(&[("action", "b"), ("access_token", "T")]));
        assert_eq!(b, Some(&serde_json::json!({"ret": 2})));
        assert_eq!(samples.find("POST", "/wxa/operationams", &query(&[])), None);
        assert!(samples.find("GET", "/wxa/get_page", &query(&[])).is_some());
        assert!(!samples.knows("/wxa/no_sample"));
    }
}
