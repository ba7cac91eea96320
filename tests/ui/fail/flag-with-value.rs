use wx_endpoints::wx_endpoint;

// One error at `idempotent = true`; the error table after it still counts.
#[wx_endpoint(
    path = "/wxa/thing",
    idempotent = true,
    errors(85083 => Banned: "banned"),
)]
pub struct Thing {
    pub status: u8,
}

const BANNED: i64 = ThingError::BANNED;

fn main() {
    let _ = BANNED;
}
