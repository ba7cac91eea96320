//! Scripted faults: what a bad day looks like, per path or for every path.

use std::time::Duration;

/// One misbehaviour, applied to the next `times` matching requests (`None`: until cleared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Answer after this delay (the request is still handled).
    Latency(Duration),
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
#[derive(Clone, Debug)]
pub(crate) struct FaultRule {
    /// `None`: every path.
    pub path: Option<String>,
    pub fault: Fault,
    pub remaining: Option<u32>,
}
