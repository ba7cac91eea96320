//! The round trips both golden tests make: a documented request read into the request type and
//! encoded as a call sends it, and a documented response decoded with no field left unknown.

use std::path::PathBuf;

use serde_json::Value;
use wx_endpoints::registry::{EncodedBody, EndpointInfo};

/// The golden corpus's directory: `$WX_GOLDEN_CORPUS`, else `../shared/api-docs/golden/` beside
/// the workspace. Read where it is, never copied into the repository.
pub fn corpus_dir() -> PathBuf {
    match std::env::var_os("WX_GOLDEN_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/api-docs/golden"),
    }
}

/// The sample as the query parameters a GET sends: every value as text.
pub fn as_query(sample: &Value) -> Option<Vec<(String, String)>> {
    let object = sample.as_object()?;
    let text = |value: &Value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let mut pairs: Vec<_> = object.iter().map(|(k, v)| (k.clone(), text(v))).collect();
    pairs.sort();
    Some(pairs)
}

/// JSON equality where numbers compare by value (`0` and `0.0` are the same number on the wire).
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

pub fn check_request(info: &EndpointInfo, sample: &Value) -> Result<(), String> {
    let encode = info.encode_json().ok_or("the request type does not implement Deserialize")?;
    let sent = encode(with_query_placeholders(info, sample))?;
    match sent.body {
        EncodedBody::Json(body) if same_json(&body, sample) => Ok(()),
        EncodedBody::Json(body) => Err(format!("sends {body}, the sample is {sample}")),
        EncodedBody::None => {
            let mut sent = sent.query;
            sent.sort();
            match as_query(sample) {
                Some(expected) if expected == sent => Ok(()),
                _ => Err(format!("sends the query {sent:?}, the sample is {sample}")),
            }
        }
        EncodedBody::Multipart(parts) => Err(format!("a multipart upload ({parts:?}) has no JSON sample")),
    }
}

/// A POST's sample is its body; the request line's parameters (`#[wx(query)]` fields, e.g. a
/// mini game's `openid` and `signature`) are not in it. Required text ones get a placeholder so
/// that the sample reads into the request type; the body is then compared as printed.
fn with_query_placeholders(info: &EndpointInfo, sample: &Value) -> Value {
    let mut sample = sample.clone();
    if let Value::Object(object) = &mut sample {
        let required_text = info
            .fields
            .iter()
            .filter(|f| f.required && f.rules.contains(&"query") && f.rust_type == "String");
        for field in required_text {
            object.entry(field.name).or_insert_with(|| Value::String("placeholder".to_owned()));
        }
    }
    sample
}

pub fn check_response(info: &EndpointInfo, sample: &Value) -> Result<(), String> {
    let unknown = info
        .unknown_fields(sample.to_string().as_bytes())
        .ok_or("the response type does not implement Deserialize")??;
    match unknown.is_empty() {
        true => Ok(()),
        false => Err(format!("fields the types do not know: {}", unknown.join(", "))),
    }
}
