use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/thing", errors(0 => Ok: "ok", -1 => SystemBusy: "system busy"))]
pub struct SetThing {
    pub status: u8,
}

fn main() {}
