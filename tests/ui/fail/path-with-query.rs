use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/changewxasearchstatus?lang=en")]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
