use wx_endpoints::{wx_endpoint, Client};

#[wx_endpoint(path = "/wxa/thing")]
pub struct Thing(pub u8);

// The one error above is all.
pub async fn use_it(client: &Client) -> bool {
    Thing(1).call(client).await.is_ok()
}

fn main() {}
