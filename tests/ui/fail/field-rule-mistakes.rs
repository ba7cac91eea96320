use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing {
    #[wx(chars = 10..=4, max_bytes = 5, max_bytes = 6)]
    pub name: String,
    #[wx(nullable, maxlen = 3)]
    pub intro: String,
}

fn main() {}
