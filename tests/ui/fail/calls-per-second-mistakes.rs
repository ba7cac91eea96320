use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/release", calls_per_second = 20)]
pub struct OnWeChat {
    pub appid: String,
}

#[wx_endpoint(family = im, path = "/v4/openim/sendmsg", calls_per_second = 0)]
pub struct Zero {
    pub to_account: String,
}

#[wx_endpoint(family = im, path = "/v4/openim/querystate", calls_per_second = "20")]
pub struct Quoted {
    pub to_account: String,
}

fn main() {}
