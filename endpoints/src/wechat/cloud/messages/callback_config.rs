//! The message push configuration that `getCallBackConfig` returns and `setCallBackConfig` sends.

use serde::{Deserialize, Serialize};

/// Pushes handled by cloud functions (`function_config`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FunctionCallBackConfig {
    /// Whether pushes go to cloud functions.
    pub enable: bool,
    /// One rule per message or event type.
    pub callbacks: Vec<CallBackRule>,
}

/// Which cloud function handles a message or event type (`callbacks`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallBackRule {
    /// The message type, e.g. `event` or `image`.
    #[serde(rename = "msgType")]
    pub msg_type: String,
    /// The event type (for `event` messages), e.g. `user_enter_tempsession`; empty otherwise.
    pub event: String,
    /// The environment the function runs in.
    pub env: String,
    /// The cloud function's name.
    #[serde(rename = "functionName")]
    pub function_name: String,
    /// Whether the rule is on.
    pub enable: bool,
}

/// Pushes forwarded to a cloud-hosted container (`container_config`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerCallBackConfig {
    /// Whether pushes go to the container.
    pub enable: bool,
    /// The environment the container runs in.
    pub qbase_env: String,
    /// The path pushes are sent to.
    pub qbase_container_path: String,
    /// The format pushes are sent in (required when setting).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_mode: Option<TextMode>,
}

crate::wire_enum! {
    /// `text_mode` of the container configuration.
    pub enum TextMode: code {
        /// 1: JSON.
        Json = 1,
        /// 2: XML.
        Xml = 2,
    }
}
