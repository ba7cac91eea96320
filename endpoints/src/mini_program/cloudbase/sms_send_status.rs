//! The per-number send results of `sendCloudBaseSms` and `newSendCloudBaseSms`.

use serde::Deserialize;

/// The answer of `sendCloudBaseSms` and `newSendCloudBaseSms`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsSendResult {
    /// One result per phone number.
    pub send_status_list: Vec<SmsSendStatus>,
}

/// One phone number's send result (`send_status_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SmsSendStatus {
    /// The send's serial number.
    pub serial_no: String,
    /// The phone number.
    pub phone_number: String,
    /// The SMS request's result code, `Ok` when sent.
    pub code: String,
    /// The result code's description.
    pub message: String,
    /// The country or region code.
    pub iso_code: String,
}
