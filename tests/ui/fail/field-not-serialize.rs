use wx_endpoints::wx_endpoint;

pub struct Opaque;

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing {
    pub status: u8,
    pub opaque: Opaque,
}

fn main() {}
