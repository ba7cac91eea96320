use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub enum Thing {
    A,
    B,
}

fn main() {}
