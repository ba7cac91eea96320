use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing(pub u8);

fn main() {}
