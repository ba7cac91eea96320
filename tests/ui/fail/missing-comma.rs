use wx_endpoints::wx_endpoint;

// One error at the missing comma; the keys after it still count.
#[wx_endpoint(path = "/wxa/thing" method = GET, errors(85083 => Banned: "banned"))]
pub struct Thing {
    pub status: u8,
}

const BANNED: i64 = ThingError::BANNED;

fn main() {
    let _ = (BANNED, <Thing as wx_endpoints::Endpoint>::METHOD);
}
