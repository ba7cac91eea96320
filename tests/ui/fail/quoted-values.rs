use wx_endpoints::wx_endpoint;

pub struct Quota {
    pub remain: u64,
}

#[wx_endpoint(path = "/wxa/a", method = "GET")]
pub struct QuotedMethod {
    pub status: u8,
}

#[wx_endpoint(path = "/wxa/b", response = "Quota")]
pub struct QuotedResponse {
    pub status: u8,
}

#[wx_endpoint(path = "/v4/openim/querystate", family = "tim")]
pub struct QuotedFamily {
    pub status: u8,
}

#[wx_endpoint(path = /wxa/c)]
pub struct UnquotedPath {
    pub status: u8,
}

fn main() {}
