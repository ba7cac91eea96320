use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing {
    #[wx(chars = 4..=120)]
    pub count: u32,
    #[wx(range = 0..=1)]
    pub name: String,
    #[wx(max_items = 10)]
    pub label: Option<String>,
}

fn main() {}
