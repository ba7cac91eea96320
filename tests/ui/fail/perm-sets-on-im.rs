use wx_endpoints::wx_endpoint;

#[wx_endpoint(family = im, path = "/v4/official_account_open_http_svc/thing", perm_sets = [18])]
pub struct ImThing {
    pub status: u8,
}

fn main() {}
