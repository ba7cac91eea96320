use wx_endpoints::wx_endpoint;

#[wx_endpoint(
    path = "/wxa/thing",
    errors(53200 => QuotaExceeded: "monthly quota", 53300 => QuotaExceeded: "another quota", 1 => Unknown: "x"),
)]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
