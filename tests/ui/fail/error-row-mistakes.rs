use wx_endpoints::wx_endpoint;

#[wx_endpoint(
    path = "/wxa/thing",
    errors(
        -1 => SystemBusy: "system busy",
        85083 => Banned,
        85084 Limited: "limited",
    ),
)]
pub struct Thing {
    pub status: u8,
}

// The rows that parsed are there.
const BUSY: i64 = ThingError::SYSTEM_BUSY;

fn main() {
    let _ = BUSY;
}
