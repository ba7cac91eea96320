use wx_endpoints::wx_endpoint;

#[wx_endpoint(
    path = "/wxa/thing",
    errors(
        -1 => SystemBusy: "system busy",
        85083 => Banned: "banned",
        85083 => AlsoBanned: "banned again",
    ),
)]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
