//! Every endpoint declared with `#[wx_endpoint]`, in this crate and any crate linked with it:
//! the macro submits each one's metadata here (through `inventory`), for completeness checks and the
//! command line.

use crate::endpoint::{Endpoint, Metadata};

/// A registered endpoint: its facts, its Rust type, its fields, and a call from JSON.
#[derive(Clone, Copy, Debug)]
pub struct EndpointInfo {
    /// The facts the endpoint's [`Endpoint::METADATA`] holds (the same record).
    pub metadata: &'static Metadata,
    /// The Rust type, e.g. `wx_endpoints::wechat::basic_info::SetSignature`.
    pub type_name: &'static str,
    /// The request's fields.
    pub fields: &'static [FieldDoc],
    json_call: fn() -> Option<JsonHooks>,
    strict_decode: fn() -> Option<StrictDecode>,
}

/// What a request type that implements `Deserialize` offers tools: a call from JSON, and the
/// request read from JSON and encoded as the runtime sends it.
#[derive(Clone, Copy)]
pub struct JsonHooks {
    call: JsonCall,
    encode: EncodeJson,
}

/// Reads a request from JSON and encodes it as the runtime sends it (credentials aside).
pub type EncodeJson = fn(serde_json::Value) -> Result<EncodedRequest, String>;

/// Decodes a successful response body through the endpoint's typed response, answering the JSON
/// paths of the fields the types do not know (e.g. `list[0].new_field`).
pub type StrictDecode = fn(&[u8]) -> Result<Vec<String>, String>;

pub use crate::call::{EncodedBody, EncodedRequest};

impl EndpointInfo {
    #[doc(hidden)]
    pub const fn of<E: Endpoint>(
        type_name: &'static str,
        fields: &'static [FieldDoc],
        json_call: fn() -> Option<JsonHooks>,
        strict_decode: fn() -> Option<StrictDecode>,
    ) -> Self {
        EndpointInfo { metadata: E::METADATA, type_name, fields, json_call, strict_decode }
    }

    /// Calls the endpoint from JSON; `None` when its request type does not implement
    /// `Deserialize` (derive it to make the endpoint callable from the `wx` command line).
    pub fn json_call(&self) -> Option<JsonCall> {
        (self.json_call)().map(|hooks| hooks.call)
    }

    /// Reads a request from JSON and encodes it as a call would send it; `None` as for
    /// [`json_call`](Self::json_call).
    pub fn encode_json(&self) -> Option<EncodeJson> {
        (self.json_call)().map(|hooks| hooks.encode)
    }

    /// Decodes a successful response body through the endpoint's typed response and answers the
    /// JSON paths of the fields the types do not know (the family's envelope fields aside), so
    /// that a field WeChat adds is noticed; `None` when the response type does not implement
    /// `Deserialize` (a binary payload, say).
    pub fn unknown_fields(&self, body: &[u8]) -> Option<Result<Vec<String>, String>> {
        let decode = (self.strict_decode)()?;
        let envelope = crate::envelope::fields(self.metadata.family);
        Some(decode(body).map(|mut unknown| {
            unknown.retain(|path| !envelope.contains(&path.as_str()));
            unknown
        }))
    }
}

inventory::collect!(EndpointInfo);

/// The registry entry of an endpoint (its type and its [`FieldDoc`]s), which `#[wx_endpoint]` emits
/// for every endpoint. With the `registry` feature it submits the endpoint's [`EndpointInfo`];
/// without it, nothing, and the compiler never checks the entry's tokens: an entry
/// compiles the endpoint's whole JSON call path (deserialization, the exchange, decoding), which
/// only the command line and completeness checks need, and which is most of the build cost of a
/// declared endpoint.
///
/// A request type that implements `Deserialize` gets a JSON call; one that does not is still
/// registered, without one (found by the probe below, so the attribute never asks for a
/// `Deserialize` the user did not write).
#[cfg(feature = "registry")]
#[doc(hidden)]
#[macro_export]
macro_rules! __register {
    ($endpoint:ident, $fields:expr) => {
        const _: () = {
            fn json_call() -> ::core::option::Option<$crate::__private::JsonHooks> {
                #[allow(unused_imports)]
                use $crate::__private::{JsonCallUnavailable as _, JsonCallViaDeserialize as _};
                (&&$crate::__private::JsonCallProbe::<$endpoint>::new()).json_call()
            }
            fn strict_decode() -> ::core::option::Option<$crate::__private::StrictDecode> {
                #[allow(unused_imports)]
                use $crate::__private::{StrictDecodeUnavailable as _, StrictDecodeViaDeserialize as _};
                (&&$crate::__private::JsonCallProbe::<$endpoint>::new()).strict_decode()
            }
            $crate::__private::inventory::submit! {
                $crate::__private::EndpointInfo::of::<$endpoint>(
                    ::core::concat!(::core::module_path!(), "::", ::core::stringify!($endpoint)),
                    $fields,
                    json_call,
                    strict_decode,
                )
            }
        };
    };
}

/// Finds whether an endpoint's request implements `Deserialize`, by method resolution: the
/// `&JsonCallProbe<E>` impl applies only when it does, else auto-deref reaches the fallback.
#[doc(hidden)]
pub struct JsonCallProbe<E>(std::marker::PhantomData<E>);

impl<E> JsonCallProbe<E> {
    /// The probe of `E`.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        JsonCallProbe(std::marker::PhantomData)
    }
}

#[doc(hidden)]
pub trait JsonCallViaDeserialize {
    /// The JSON hooks of the probed endpoint.
    fn json_call(&self) -> Option<JsonHooks>;
}

impl<E: Endpoint + serde::de::DeserializeOwned + Send + 'static> JsonCallViaDeserialize
    for &JsonCallProbe<E>
{
    fn json_call(&self) -> Option<JsonHooks> {
        Some(JsonHooks { call: call_json::<E>, encode: encode_json::<E> })
    }
}

#[doc(hidden)]
pub trait JsonCallUnavailable {
    /// `None`: the probed endpoint's request does not implement `Deserialize`.
    fn json_call(&self) -> Option<JsonHooks>;
}

impl<E> JsonCallUnavailable for JsonCallProbe<E> {
    fn json_call(&self) -> Option<JsonHooks> {
        None
    }
}

#[doc(hidden)]
pub trait StrictDecodeViaDeserialize {
    /// The strict decoder of the probed endpoint's response.
    fn strict_decode(&self) -> Option<StrictDecode>;
}

impl<E: Endpoint> StrictDecodeViaDeserialize for &JsonCallProbe<E>
where
    E::Response: serde::de::DeserializeOwned + 'static,
{
    fn strict_decode(&self) -> Option<StrictDecode> {
        Some(decode_strict::<E::Response>)
    }
}

#[doc(hidden)]
pub trait StrictDecodeUnavailable {
    /// `None`: the probed endpoint's response does not implement `Deserialize`.
    fn strict_decode(&self) -> Option<StrictDecode>;
}

impl<E> StrictDecodeUnavailable for JsonCallProbe<E> {
    fn strict_decode(&self) -> Option<StrictDecode> {
        None
    }
}

/// Without the `registry` feature, endpoints are not registered (see above).
#[cfg(not(feature = "registry"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __register {
    ($($entry:tt)*) => {};
}

/// Every registered endpoint (in no particular order).
pub fn endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    inventory::iter::<EndpointInfo>.into_iter()
}

/// The endpoint called `name`: the document's interface name (`setSignature`) when one endpoint
/// has it, or the Rust type's path (`wx_endpoints::wechat::basic_info::SetSignature`), which is
/// always unique. A document name that several linked crates declare is never resolved to one of
/// them: the answer lists the candidates.
pub fn endpoint(name: &str) -> Result<&'static EndpointInfo, LookupError> {
    if let Some(info) = endpoints().find(|info| info.type_name == name) {
        return Ok(info);
    }
    let mut found: Vec<&'static EndpointInfo> =
        endpoints().filter(|info| info.metadata.name == name).collect();
    match found.len() {
        0 => Err(LookupError::NotFound { name: name.to_owned() }),
        1 => Ok(found[0]),
        _ => {
            found.sort_by_key(|info| info.type_name);
            Err(LookupError::Ambiguous {
                name: name.to_owned(),
                candidates: found.iter().map(|info| info.type_name).collect(),
            })
        }
    }
}

/// Document names declared by more than one endpoint, each with its endpoints' type paths.
pub fn ambiguous_names() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut by_name: std::collections::BTreeMap<&'static str, Vec<&'static str>> = Default::default();
    for info in endpoints() {
        by_name.entry(info.metadata.name).or_default().push(info.type_name);
    }
    by_name
        .into_iter()
        .filter(|(_, types)| types.len() > 1)
        .map(|(name, mut types)| {
            types.sort_unstable();
            (name, types)
        })
        .collect()
}

/// Why [`endpoint`] found none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupError {
    /// No endpoint has this document name or type path.
    NotFound {
        /// The name looked up.
        name: String,
    },
    /// Several endpoints have this document name: give one of the type paths instead.
    Ambiguous {
        /// The name looked up.
        name: String,
        /// The type paths of the endpoints that have it, sorted.
        candidates: Vec<&'static str>,
    },
}

impl std::fmt::Display for LookupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LookupError::NotFound { name } => write!(f, "no endpoint named `{name}`"),
            LookupError::Ambiguous { name, candidates } => write!(
                f,
                "`{name}` names {} endpoints: {}; give the type path of the one you mean",
                candidates.len(),
                candidates.join(", ")
            ),
        }
    }
}

impl std::error::Error for LookupError {}

/// One field of an endpoint's request, for documentation and the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldDoc {
    /// The name on the wire.
    pub name: &'static str,
    /// The field's Rust type, as written (spaces removed).
    pub rust_type: &'static str,
    /// Not an `Option`.
    pub required: bool,
    /// The validation rules, as declared (`chars = 4..=120`, ...), and `query` for a POST field
    /// sent in the query.
    pub rules: &'static [&'static str],
}

/// What a successful call answered, undecoded.
#[derive(Clone, Debug, PartialEq)]
pub enum CallOutput {
    /// The JSON body.
    Json(serde_json::Value),
    /// The body of a `binary` endpoint that did not answer JSON.
    Binary(crate::Binary),
}

/// Which part of a call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The server answered a failure code.
    Api,
    /// Validation, a permission pre-check, or JSON that does not fit: nothing was sent.
    Invalid,
    /// No credential (token, UserSig) could be obtained.
    Credential,
    /// The network or HTTP layer failed.
    Transport,
    /// The response was not what the envelope or the payload promise.
    Decode,
}

/// A failed call, reduced to what a tool prints: class, code, the documented variant, the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallFailure {
    /// Which part of the call failed.
    pub kind: FailureKind,
    /// The error's class.
    pub class: crate::ErrorClass,
    /// The failure code the server answered, if any.
    pub code: Option<i64>,
    /// The endpoint's documented variant (`SearchStatusBanned`), for API errors.
    pub variant: Option<String>,
    /// The error's message.
    pub message: String,
}

impl CallFailure {
    fn from_error<K: crate::ApiErrorKind>(error: crate::Error<K>) -> Self {
        let kind = match &error {
            crate::Error::Api { .. } => FailureKind::Api,
            crate::Error::Credential(_) => FailureKind::Credential,
            crate::Error::Transport(_) => FailureKind::Transport,
            crate::Error::Decode(_) => FailureKind::Decode,
            _ => FailureKind::Invalid,
        };
        CallFailure {
            kind,
            class: error.class(),
            code: error.code(),
            variant: error.kind().filter(|k| k.is_documented()).map(|k| format!("{k:?}")),
            message: error.to_string(),
        }
    }
}

/// Calls an endpoint from JSON: deserialize, validate, send, answer the raw payload.
pub type JsonCall = for<'a> fn(
    &'a crate::Client,
    Option<&'a str>,
    serde_json::Value,
) -> crate::BoxFuture<'a, Result<CallOutput, CallFailure>>;

/// Reads `E` from JSON, as [`call_json`] does.
fn request_from_json<E: Endpoint + serde::de::DeserializeOwned>(
    json: serde_json::Value,
) -> Result<E, String> {
    // A request without fields is a unit struct, which serde reads from `null`, not `{}`.
    let empty_object = matches!(&json, serde_json::Value::Object(map) if map.is_empty());
    serde_json::from_value(json)
        .or_else(|e| match empty_object {
            true => serde_json::from_value(serde_json::Value::Null).map_err(|_| e),
            false => Err(e),
        })
        .map_err(|e| format!("the JSON does not fit {}: {e}", E::NAME))
}

/// The [`EncodeJson`] of `E`.
fn encode_json<E: Endpoint + serde::de::DeserializeOwned>(
    json: serde_json::Value,
) -> Result<EncodedRequest, String> {
    let request: E = request_from_json(json)?;
    crate::call::encoded_request(&request)
}

/// The [`StrictDecode`] of a response type `T`.
fn decode_strict<T: serde::de::DeserializeOwned + 'static>(body: &[u8]) -> Result<Vec<String>, String> {
    // An endpoint without a payload (`()`) knows no field beside the envelope.
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<()>() {
        let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
        return Ok(value.as_object().map(|object| object.keys().cloned().collect()).unwrap_or_default());
    }
    let mut unknown = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let _: T = serde_ignored::deserialize(&mut deserializer, |path| unknown.push(path.to_string()))
        .map_err(|e| e.to_string())?;
    deserializer.end().map_err(|e| e.to_string())?;
    Ok(unknown)
}

/// The [`JsonCall`] of `E`.
pub fn call_json<'a, E>(
    client: &'a crate::Client,
    authorizer: Option<&'a str>,
    json: serde_json::Value,
) -> crate::BoxFuture<'a, Result<CallOutput, CallFailure>>
where
    E: Endpoint + serde::de::DeserializeOwned + Send + 'static,
{
    Box::pin(async move {
        let request: E = request_from_json(json).map_err(|message| CallFailure {
            kind: FailureKind::Invalid,
            class: crate::ErrorClass::Invalid,
            code: None,
            variant: None,
            message,
        })?;
        let response = client.call_raw(authorizer, &request).await.map_err(CallFailure::from_error)?;
        let is_json = response.body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        if E::METADATA.binary && !is_json {
            return Ok(CallOutput::Binary(crate::Binary {
                content_type: response.content_type.clone().unwrap_or_default(),
                bytes: response.body.clone(),
            }));
        }
        serde_json::from_slice(&response.body).map(CallOutput::Json).map_err(|e| CallFailure {
            kind: FailureKind::Decode,
            class: crate::ErrorClass::Decode,
            code: None,
            variant: None,
            message: format!("the response is not JSON: {e}"),
        })
    })
}
