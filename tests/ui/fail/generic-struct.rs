use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing<T> {
    pub value: T,
}

fn main() {}
