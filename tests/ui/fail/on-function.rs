use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing")]
pub fn thing() {}

fn main() {
    thing();
}
