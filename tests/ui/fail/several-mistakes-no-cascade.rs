use wx_endpoints::wechat::basic_info::SearchStatus;
use wx_endpoints::{wx_endpoint, Client, Error};

// Three mistakes in one declaration are reported together; the code below that uses the struct,
// its error enum and its call method reports nothing more.
#[wx_endpoint(
    path = "wxa/changewxasearchstatus",
    perm_sets = [18, 18],
    errors(-1 => SystemBusy: "busy", 85083 => Banned: "banned", -1 => Busy: "busy again"),
)]
pub struct SetStatus {
    pub status: SearchStatus,
}

pub async fn use_it(client: &Client) -> bool {
    let result = SetStatus { status: SearchStatus::Hidden }.call(client).await;
    matches!(result, Err(Error::Api { kind: SetStatusError::Banned, .. }))
}

fn main() {}
