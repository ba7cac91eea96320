use wx_endpoints::wx_endpoint;

#[wx_endpoint(perm_sets = [18])]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
