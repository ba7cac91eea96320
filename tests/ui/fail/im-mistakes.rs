use wx_endpoints::wx_endpoint;

#[wx_endpoint(family = im, method = GET, credential = app, path = "/official_account_open_http_svc/thing")]
pub struct ImThing {
    pub status: u8,
}

fn main() {}
