use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing", perm_sets = [])]
pub struct Thing {
    pub status: u8,
}

fn main() {}
