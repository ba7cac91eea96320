use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing", path = "/wxa/other")]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
