use wx_endpoints::{registry, wx_endpoint};

/// Serializable, not deserializable.
pub struct Tag(u8);

impl wx_endpoints::serde::Serialize for Tag {
    fn serialize<S: wx_endpoints::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

/// The attribute asks for `Serialize` only: borrowed strings and write-only types are fine, with the
/// feature `registry` on (this suite turns it on) as without it.
#[wx_endpoint(name = "uiWriteOnly", path = "/wxa/thing")]
pub struct WriteOnly {
    pub name: &'static str,
    pub tag: Tag,
}

/// Deriving `Deserialize` makes an endpoint callable from JSON (the `wx` command line).
#[wx_endpoint(name = "uiReadWrite", path = "/wxa/thing")]
#[derive(wx_endpoints::serde::Deserialize)]
pub struct ReadWrite {
    pub name: String,
}

fn main() {
    let _ = WriteOnly { name: "x", tag: Tag(1) };
    assert!(registry::endpoint("uiWriteOnly").unwrap().json_call().is_none());
    assert!(registry::endpoint("uiReadWrite").unwrap().json_call().is_some());
}
