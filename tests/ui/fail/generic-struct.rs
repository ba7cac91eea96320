use wx_endpoints::{wx_endpoint, Client, Error};

#[wx_endpoint(path = "/wxa/thing", errors(85083 => Banned: "banned"))]
pub struct Thing<T> {
    pub value: T,
}

// The one error above is all: the error enum and `call` are still there for this code.
pub async fn use_it(client: &Client) -> bool {
    let result = Thing { value: 1u8 }.call(client).await;
    matches!(result, Err(Error::Api { kind: ThingError::Banned, .. }))
}

fn main() {}
