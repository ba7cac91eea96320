//! Scripted faults: what a bad day looks like, per path or for every path. Written in JSON as
//! `{"errcode": -1}`, `{"latency_ms": 800}`, `{"http_status": 502}`, `"garbage"`, `"truncated"`
//! or `"reset"`.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// One misbehaviour, applied to the next `times` matching requests (`None`: until cleared).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// Answer after this delay (the request is still handled).
    #[serde(rename = "latency_ms")]
    Latency(#[serde(with = "millis")] Duration),
    /// Answer this errcode (WeChat) or ErrorCode (IM) instead of handling the request; -1 is "busy".
    Errcode(i64),
    /// An HTTP error status with an HTML page, like a load balancer.
    HttpStatus(u16),
    /// Bytes that are not JSON.
    Garbage,
    /// The start of a JSON document, cut off.
    Truncated,
    /// Close the connection without answering.
    Reset,
}

/// A fault and where and how often it applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRule {
    /// The request path it applies to; `None`: every path.
    #[serde(default)]
    pub path: Option<String>,
    pub fault: Fault,
    /// How many more requests it applies to; `None`: until cleared.
    #[serde(default)]
    pub times: Option<u32>,
}

mod millis {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(value.as_millis() as u64)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
        u64::deserialize(deserializer).map(Duration::from_millis)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_read_as_the_readme_writes_them() {
        let rule: FaultRule =
            serde_json::from_str(r#"{"path": "/wxa/release", "fault": {"errcode": -1}, "times": 2}"#)
                .unwrap();
        assert_eq!(rule.fault, Fault::Errcode(-1));
        assert_eq!(rule.times, Some(2));
        let read = |text: &str| serde_json::from_str::<Fault>(text).unwrap();
        assert_eq!(read(r#"{"latency_ms": 800}"#), Fault::Latency(Duration::from_millis(800)));
        assert_eq!(read(r#"{"http_status": 502}"#), Fault::HttpStatus(502));
        assert_eq!(read(r#""reset""#), Fault::Reset);
        assert_eq!(serde_json::to_string(&Fault::Garbage).unwrap(), r#""garbage""#);
        assert!(serde_json::from_str::<Fault>(r#"{"errcod": 1}"#).is_err());
    }
}
