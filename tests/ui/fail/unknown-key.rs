use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing", permsets = [18])]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
