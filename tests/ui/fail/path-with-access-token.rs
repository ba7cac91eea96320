use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/access_token/changewxasearchstatus")]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
